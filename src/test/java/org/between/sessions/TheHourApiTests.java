package org.between.sessions;

import java.time.Duration;
import java.time.Instant;

import org.between.support.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 18's routes: "running late", the bridge note and the landing, through the API and
 * the pages; 404 for another therapist and for a client on every therapist route.
 */
class TheHourApiTests extends WebTest {

	private Signed therapist;

	private Signed client;

	private Signed otherTherapist;

	private Signed otherClient;

	@BeforeEach
	void people() throws Exception {
		this.clock.set(Instant.parse("2027-05-03T09:00:00Z"));
		this.therapist = therapistWithTotp();
		this.client = client();
		link(this.therapist, this.client);
		this.otherTherapist = therapistWithTotp();
		this.otherClient = client();
		link(this.otherTherapist, this.otherClient);
	}

	private String book(Instant startsAt) throws Exception {
		MvcResult result = this.mvc
			.perform(postJson("/api/v1/clients/" + this.client.id() + "/sessions",
					"{\"startsAt\":\"" + startsAt + "\",\"durationMinutes\":50}")
				.with(bearer(this.therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();
		return read(result, "$.id");
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder putJson(String path,
			String body) {
		return put(path).contentType("application/json").accept("application/json").content(body);
	}

	@Test
	void runningLateIsTheSessionTherapistsOnlyAndKeptToItsWindow() throws Exception {
		Instant now = this.clock.instant();
		String soon = book(now.plus(Duration.ofMinutes(20)));
		String later = book(now.plus(Duration.ofHours(3)));
		String body = "{\"minutes\":10,\"fullLength\":true}";
		for (Signed other : new Signed[] { this.otherTherapist, this.client, this.otherClient }) {
			this.mvc.perform(postJson("/api/v1/sessions/" + soon + "/running-late", body).with(bearer(other.token())))
				.andExpect(problem(404));
		}
		this.mvc
			.perform(postJson("/api/v1/sessions/" + later + "/running-late", body).with(bearer(this.therapist.token())))
			.andExpect(problem(422));
		this.mvc
			.perform(postJson("/api/v1/sessions/" + soon + "/running-late", "{\"minutes\":12}")
				.with(bearer(this.therapist.token())))
			.andExpect(problem(400));
		this.mvc
			.perform(postJson("/api/v1/sessions/" + soon + "/running-late", body).with(bearer(this.therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.runningLate.minutes").value(10))
			.andExpect(jsonPath("$.runningLate.fullLength").value(true));
		this.mvc.perform(get("/api/v1/sessions/" + soon).with(bearer(this.client.token())))
			.andExpect(jsonPath("$.runningLate.minutes").value(10));
		assertThat(page(this.client, "/")).contains("data-testid=\"running-late-card\"")
			.contains("Your therapist is running about 10 minutes late. You will still have the full 50 minutes.");
		assertThat(page(this.client, "/sessions/" + soon)).contains("data-testid=\"running-late\"");
		assertThat(page(this.otherClient, "/")).doesNotContain("running-late-card");
	}

	@Test
	void theRunningLateEmailIsAChoiceOffByDefault() throws Exception {
		this.mvc.perform(get("/api/v1/me/notifications").with(bearer(this.client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.runningLate.enabled").value(false));
		this.mvc
			.perform(putJson("/api/v1/me/notifications", """
					{"sessionReminder": {"enabled": false, "hoursBefore": 24}, "measureDue": {"enabled": false},
					 "agreementReview": {"enabled": false}, "replies": {"enabled": false},
					 "quietHours": {"from": "22:00", "to": "07:00"}, "runningLate": {"enabled": true}}""")
				.with(bearer(this.client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.runningLate.enabled").value(true));
		assertThat(page(this.client, "/account")).contains("name=\"runningLate\"");
		assertThat(page(this.therapist, "/account")).doesNotContain("name=\"runningLate\"");
	}

	@Test
	void theTherapistsPageOffersTheButtonsInTheWindowAndTheFormSaysIt() throws Exception {
		Instant now = this.clock.instant();
		String soon = book(now.plus(Duration.ofMinutes(20)));
		String later = book(now.plus(Duration.ofHours(3)));
		assertThat(page(this.therapist, "/sessions/" + soon)).contains("data-testid=\"late-30\"");
		assertThat(page(this.therapist, "/sessions/" + later)).doesNotContain("data-testid=\"late-30\"");
		assertThat(page(this.client, "/sessions/" + soon)).doesNotContain("data-testid=\"late-30\"");
		assertThat(page(this.therapist, "/sessions")).contains("Running late? Say so")
			.contains("/sessions/" + soon + "#running-late")
			.doesNotContain("/sessions/" + later + "#running-late");
		this.mvc
			.perform(post("/sessions/" + soon + "/running-late").param("minutes", "15")
				.param("fullLength", "no")
				.with(signedIn(this.therapist)))
			.andExpect(status().is3xxRedirection());
		assertThat(page(this.client, "/")).contains("Your therapist is running about 15 minutes late.")
			.contains("The session will end at the usual time");
		assertThat(page(this.therapist, "/sessions")).contains("You said you are running about 15 minutes late.");
		this.mvc
			.perform(post("/sessions/" + soon + "/running-late").param("minutes", "15")
				.with(signedIn(this.otherTherapist)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theBridgeNoteIsWrittenByTheSessionsTherapistAndReadByItsClientOnly() throws Exception {
		Instant now = this.clock.instant();
		String held = book(now.minus(Duration.ofHours(2)));
		String body = "{\"note\":\"Notice the pause before you answer.\"}";
		for (Signed other : new Signed[] { this.otherTherapist, this.client, this.otherClient }) {
			this.mvc.perform(putJson("/api/v1/sessions/" + held + "/bridge", body).with(bearer(other.token())))
				.andExpect(problem(404));
		}
		this.mvc
			.perform(putJson("/api/v1/sessions/" + held + "/bridge", "{\"note\":\"" + "x".repeat(501) + "\"}")
				.with(bearer(this.therapist.token())))
			.andExpect(problem(400));
		MvcResult written = this.mvc
			.perform(putJson("/api/v1/sessions/" + held + "/bridge", body).with(bearer(this.therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.note").value("Notice the pause before you answer."))
			.andReturn();
		String id = read(written, "$.id");
		this.mvc.perform(get("/api/v1/bridge").with(bearer(this.client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id));
		this.mvc.perform(get("/api/v1/bridge").with(bearer(this.otherClient.token())))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/bridge").with(bearer(this.therapist.token()))).andExpect(problem(403));
		this.mvc.perform(post("/api/v1/bridge/" + id + "/keep").with(bearer(this.otherClient.token())))
			.andExpect(problem(404));
		this.mvc.perform(post("/api/v1/bridge/" + id + "/keep").with(bearer(this.otherTherapist.token())))
			.andExpect(problem(403));
		this.mvc.perform(post("/api/v1/bridge/" + id + "/keep").with(bearer(this.client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.keptAt").isNotEmpty());
		assertThat(page(this.client, "/")).contains("Notice the pause before you answer.");
		assertThat(page(this.otherClient, "/")).doesNotContain("Notice the pause");
		// kept, it is in the client's portfolio (endings.BridgeNoteKeepsakes), not in
		// another's
		assertThat(this.mvc.perform(get("/api/v1/portfolio").with(bearer(this.client.token())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Notice the pause before you answer.");
		assertThat(this.mvc.perform(get("/api/v1/portfolio").with(bearer(this.otherClient.token())))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("Notice the pause");
	}

	@Test
	void theConsistencyRecordHasTheEndingsPart() throws Exception {
		String record = this.mvc.perform(get("/api/v1/consistency").with(bearer(this.therapist.token())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(record).contains("consistency.endings.title", "consistency.endings.referralsClosed")
			.contains("You proposed no endings.");
	}

	@Test
	void theLandingIsTheClientsForSixHoursAfterTheEnd() throws Exception {
		Instant now = this.clock.instant();
		String held = book(now.minus(Duration.ofHours(1)));
		this.mvc.perform(get("/api/v1/after-session").with(bearer(this.client.token())))
			.andExpect(status().isNoContent());
		this.mvc
			.perform(postJson("/api/v1/sessions/" + held + "/attendance",
					"{\"startedAt\":\"" + now.minus(Duration.ofHours(1)) + "\",\"endedAt\":\""
							+ now.minus(Duration.ofMinutes(10)) + "\"}")
				.with(bearer(this.therapist.token())))
			.andExpect(status().isOk());
		this.mvc
			.perform(putJson("/api/v1/sessions/" + held + "/bridge", "{\"note\":\"Until Thursday.\"}")
				.with(bearer(this.therapist.token())))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/after-session").with(bearer(this.client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.note.note").value("Until Thursday."));
		this.mvc.perform(get("/api/v1/after-session").with(bearer(this.otherClient.token())))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/after-session").with(bearer(this.therapist.token()))).andExpect(problem(403));
		String home = page(this.client, "/");
		assertThat(home).contains("data-testid=\"after-session-card\"")
			.contains("Until Thursday.")
			.doesNotContain("data-testid=\"bridge-card\"");
		this.clock.advance(Duration.ofHours(6));
		assertThat(page(this.client, "/")).doesNotContain("after-session-card").contains("data-testid=\"bridge-card\"");
	}

}
