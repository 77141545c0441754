package org.between.brief;

import java.time.Duration;
import java.time.Instant;

import org.between.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 18 in the brief module: the consistency record (therapists, about themselves; 403
 * for clients) and the past bridge notes in the brief.
 */
class TheHourBriefApiTests extends WebTest {

	private String book(Signed therapist, Signed client, Instant at) throws Exception {
		MvcResult result = this.mvc
			.perform(postJson("/api/v1/clients/" + client.id() + "/sessions",
					"{\"startsAt\":\"" + at + "\",\"durationMinutes\":50}")
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();
		return read(result, "$.id");
	}

	@Test
	void theConsistencyRecordIsTheTherapistsOwn() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		book(therapist, client, this.clock.instant().minus(Duration.ofDays(3)));
		this.mvc.perform(get("/api/v1/consistency").with(bearer(therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.months").value(12))
			.andExpect(jsonPath("$.sections[0].key").value("consistency.sessions.title"))
			.andExpect(jsonPath("$.sections[0].figures[0].key").value("consistency.sessions.held"))
			.andExpect(jsonPath("$.sections[0].figures[0].value").value(1));
		this.mvc.perform(get("/api/v1/consistency").param("months", "0").with(bearer(therapist.token())))
			.andExpect(problem(400));
		this.mvc.perform(get("/api/v1/consistency").with(bearer(client.token()))).andExpect(problem(403));
		Signed colleague = therapistWithTotp();
		this.mvc.perform(get("/api/v1/consistency").with(bearer(colleague.token())))
			.andExpect(jsonPath("$.sections[0].figures[0].value").value(0));
		String page = page(therapist, "/consistency?months=6");
		assertThat(page).contains("Your consistency record").contains("1 session held.");
		this.mvc.perform(get("/consistency").with(signedIn(client))).andExpect(status().isForbidden());
	}

	@Test
	void theBriefListsTheTherapistsPastBridgeNotes() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		String held = book(therapist, client, this.clock.instant().minus(Duration.ofDays(7)));
		String next = book(therapist, client, this.clock.instant().plus(Duration.ofDays(1)));
		this.mvc
			.perform(put("/api/v1/sessions/" + held + "/bridge").contentType("application/json")
				.content("{\"note\":\"Notice the pause.\"}")
				.with(bearer(therapist.token())))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/sessions/" + next + "/brief").with(bearer(therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bridgeNotes[0].note").value("Notice the pause."));
	}

}
