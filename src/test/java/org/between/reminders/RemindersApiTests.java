package org.between.reminders;

import java.util.List;

import org.between.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** API.md {@code GET|PUT /api/v1/me/notifications}. */
class RemindersApiTests extends WebTest {

	static final String CHOICE = """
			{"sessionReminder": {"enabled": true, "hoursBefore": 3}, "measureDue": {"enabled": true},
			 "agreementReview": {"enabled": false}, "replies": {"enabled": true},
			 "quietHours": {"from": "22:30", "to": "07:00"}}""";

	@Test
	void everyTypeIsOffUntilThePersonTurnsItOn() throws Exception {
		for (Signed person : List.of(client(), therapistWithTotp())) {
			this.mvc.perform(get("/api/v1/me/notifications").with(bearer(person.token())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.sessionReminder.enabled").value(false))
				.andExpect(jsonPath("$.sessionReminder.hoursBefore").value(24))
				.andExpect(jsonPath("$.measureDue.enabled").value(false))
				.andExpect(jsonPath("$.agreementReview.enabled").value(false))
				.andExpect(jsonPath("$.replies.enabled").value(false))
				.andExpect(jsonPath("$.quietHours.from").value("21:00"))
				.andExpect(jsonPath("$.quietHours.to").value("08:00"));
		}
	}

	@Test
	void aChoiceIsSavedForThatPersonOnly() throws Exception {
		Signed client = client();
		Signed other = client();
		this.mvc.perform(putJson(CHOICE).with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sessionReminder.hoursBefore").value(3));

		this.mvc.perform(get("/api/v1/me/notifications").with(bearer(client.token())))
			.andExpect(jsonPath("$.sessionReminder.enabled").value(true))
			.andExpect(jsonPath("$.sessionReminder.hoursBefore").value(3))
			.andExpect(jsonPath("$.measureDue.enabled").value(true))
			.andExpect(jsonPath("$.agreementReview.enabled").value(false))
			.andExpect(jsonPath("$.replies.enabled").value(true))
			.andExpect(jsonPath("$.quietHours.from").value("22:30"))
			.andExpect(jsonPath("$.quietHours.to").value("07:00"));
		this.mvc.perform(get("/api/v1/me/notifications").with(bearer(other.token())))
			.andExpect(jsonPath("$.sessionReminder.enabled").value(false))
			.andExpect(jsonPath("$.quietHours.from").value("21:00"));
	}

	@Test
	void hoursOutsideOneToSeventyTwoAreA400() throws Exception {
		Signed client = client();
		for (String hours : List.of("0", "73", "-1")) {
			assertThat(errorFields(refused(client, CHOICE.replace("\"hoursBefore\": 3", "\"hoursBefore\": " + hours))))
				.containsExactly("sessionReminder.hoursBefore");
		}
		assertThat(errorFields(refused(client, CHOICE.replace("\"hoursBefore\": 3", "\"hoursBefore\": 2.5"))))
			.isNotEmpty();
	}

	@Test
	void quietHoursThatAreNoTimeAreA400ListingBoth() throws Exception {
		Signed client = client();
		String body = CHOICE.replace("\"22:30\"", "\"25:00\"").replace("\"07:00\"", "\"7am\"");
		assertThat(errorFields(refused(client, body))).containsExactly("quietHours.from", "quietHours.to");
		assertThat(errorFields(refused(client, CHOICE.replace("\"22:30\"", "\"9:00\""))))
			.containsExactly("quietHours.from");
	}

	@Test
	void everyPartIsRequired() throws Exception {
		Signed client = client();
		assertThat(errorFields(refused(client, CHOICE.replace("\"replies\": {\"enabled\": true},", ""))))
			.containsExactly("replies");
		assertThat(errorFields(refused(client,
				CHOICE.replace("\"measureDue\": {\"enabled\": true}", "\"measureDue\": {\"enabled\": null}"))))
			.containsExactly("measureDue.enabled");
		assertThat(errorFields(refused(client, "{}"))).containsExactlyInAnyOrder("sessionReminder", "measureDue",
				"agreementReview", "replies", "quietHours");
		refused(client, CHOICE.replace("\"replies\"", "\"nagging\""));
		this.mvc.perform(get("/api/v1/me/notifications").with(bearer(client.token())))
			.andExpect(jsonPath("$.sessionReminder.enabled").value(false));
	}

	@Test
	void withoutSigningInIsA401() throws Exception {
		this.mvc.perform(get("/api/v1/me/notifications").with(fresh())).andExpect(problem(401));
		this.mvc.perform(putJson(CHOICE).with(fresh())).andExpect(problem(401));
	}

	private MvcResult refused(Signed person, String body) throws Exception {
		return this.mvc.perform(putJson(body).with(bearer(person.token()))).andExpect(problem(400)).andReturn();
	}

	private static MockHttpServletRequestBuilder putJson(String body) {
		return put("/api/v1/me/notifications").contentType("application/json").accept("application/json").content(body);
	}

}
