package org.between.accounts.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.between.support.WebTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The client's access log on {@code /account} speaks in sentences, also for the reads and
 * changes that showed raw keys before (questionnaires, sessions).
 */
class AccessLogPageTests extends WebTest {

	@Test
	void theTherapistsReadsAndChangesReadAsSentencesWithoutRawKeys() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		this.mvc
			.perform(put("/api/v1/clients/{id}/measure-schedule", client.id()).contentType("application/json")
				.content(toJson(Map.of("code", "PHQ9", "everyDays", 14)))
				.with(bearer(therapist.token())))
			.andExpect(status().is2xxSuccessful());
		this.mvc.perform(get("/clients/{id}/sessions", client.id()).with(signedIn(therapist)))
			.andExpect(status().isOk());

		this.mvc.perform(get("/account").with(signedIn(client)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your therapist looked at your sessions and times")))
			.andExpect(content().string(containsString("Your therapist asked you to fill in a questionnaire")))
			.andExpect(content().string(not(containsString("??"))))
			.andExpect(content().string(not(containsString("SESSIONS_READ"))));
	}

}
