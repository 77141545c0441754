package org.between.sessions.web;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.between.support.WebTest;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16 item 5: taps that forgive. "Session ended" within ten minutes of "started"
 * asks first (9:59 asks, 10:00 does not); a tap can be undone for five minutes (4:59 yes,
 * 5:00 no, 422); a session that began before it was booked is not held until the
 * therapist says so; after the end the page no longer says "Now".
 */
class ForgivingTapsTests extends WebTest {

	private static final Instant START = Instant.parse("2027-03-01T09:00:00Z");

	private Signed[] pair() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		return new Signed[] { therapist, client };
	}

	private String book(Signed therapist, Signed client, Instant startsAt) throws Exception {
		MvcResult result = this.mvc
			.perform(postJson("/api/v1/clients/{id}/sessions".replace("{id}", client.id().toString()),
					"{\"startsAt\":\"" + startsAt + "\",\"durationMinutes\":50}")
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();
		return read(result, "$.id");
	}

	private String statusOf(Signed who, String id) throws Exception {
		return read(this.mvc.perform(get("/api/v1/sessions/" + id).with(bearer(who.token()))).andReturn(), "$.status");
	}

	@Test
	void endingNineMinutesFiftyNineAfterTheStartAsksFirstAndTenMinutesDoesNot() throws Exception {
		this.clock.set(START.minus(Duration.ofHours(1)));
		Signed[] p = pair();
		String asks = book(p[0], p[1], START);
		String plain = book(p[0], p[1], START.plus(Duration.ofHours(2)));
		this.clock.set(START);
		this.mvc.perform(post("/sessions/" + asks + "/started").with(signedIn(p[0])))
			.andExpect(redirectedUrl("/sessions/" + asks));
		this.clock.set(START.plus(Duration.ofMinutes(9)).plusSeconds(59));
		this.mvc.perform(post("/sessions/" + asks + "/ended").with(signedIn(p[0])))
			.andExpect(redirectedUrl("/sessions/" + asks + "?confirm=end#confirm-end"));
		this.mvc.perform(get("/api/v1/sessions/" + asks).with(bearer(p[0].token())))
			.andExpect(jsonPath("$.endedAt").isEmpty());
		String page = this.mvc.perform(get("/sessions/" + asks).param("confirm", "end").with(signedIn(p[0])))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("End the session already?", "It started 9 minutes ago.", "Yes, it has ended",
				"name=\"confirm\" value=\"true\"");
		// Confirmed: it ends.
		this.mvc.perform(post("/sessions/" + asks + "/ended").param("confirm", "true").with(signedIn(p[0])))
			.andExpect(flash().attribute("done", "sessionsPage.done.ended"));
		this.mvc.perform(get("/api/v1/sessions/" + asks).with(bearer(p[0].token())))
			.andExpect(jsonPath("$.endedAt").value("2027-03-01T09:09:59Z"));

		// Exactly ten minutes: no question.
		Instant second = START.plus(Duration.ofHours(2));
		this.clock.set(second);
		this.mvc.perform(post("/sessions/" + plain + "/started").with(signedIn(p[0])));
		this.clock.set(second.plus(Duration.ofMinutes(10)));
		this.mvc.perform(post("/sessions/" + plain + "/ended").with(signedIn(p[0])))
			.andExpect(redirectedUrl("/sessions/" + plain))
			.andExpect(flash().attribute("done", "sessionsPage.done.ended"));
	}

	@Test
	void aTapCanBeUndoneForFourMinutesFiftyNineButNotAtFive() throws Exception {
		this.clock.set(START.minus(Duration.ofHours(1)));
		Signed[] p = pair();
		String id = book(p[0], p[1], START);
		this.clock.set(START.plus(Duration.ofMinutes(2)));
		this.mvc.perform(post("/api/v1/sessions/" + id + "/started").with(bearer(p[0].token())))
			.andExpect(jsonPath("$.status").value("HELD"));
		assertThat(this.mvc.perform(get("/sessions/" + id).with(signedIn(p[0])))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Undo that tap");
		this.clock.set(START.plus(Duration.ofMinutes(6)).plusSeconds(59));
		this.mvc.perform(delete("/api/v1/sessions/" + id + "/taps/last").with(bearer(p[0].token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SCHEDULED"))
			.andExpect(jsonPath("$.startedAt").isEmpty());
		// Nothing left to undo.
		this.mvc.perform(delete("/api/v1/sessions/" + id + "/taps/last").with(bearer(p[0].token())))
			.andExpect(problem(404));

		// Tapped again; five minutes later it stands.
		this.mvc.perform(post("/api/v1/sessions/" + id + "/started").with(bearer(p[0].token())));
		this.clock.set(START.plus(Duration.ofMinutes(11)).plusSeconds(59));
		assertThat(this.mvc.perform(get("/sessions/" + id).with(signedIn(p[0])))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("Undo that tap");
		this.mvc.perform(delete("/api/v1/sessions/" + id + "/taps/last").with(bearer(p[0].token())))
			.andExpect(problem(422));
		this.mvc.perform(post("/sessions/" + id + "/undo").with(signedIn(p[0])))
			.andExpect(flash().attribute("problem", "sessions.undo.tooLate"));
		assertThat(statusOf(p[0], id)).isEqualTo("HELD");
	}

	@Test
	void undoingANoShowSchedulesTheSessionAgainAndUndoingAnEndKeepsTheStart() throws Exception {
		this.clock.set(START.minus(Duration.ofHours(1)));
		Signed[] p = pair();
		String missed = book(p[0], p[1], START);
		this.clock.set(START.plus(Duration.ofMinutes(15)));
		this.mvc.perform(post("/sessions/" + missed + "/no-show").with(signedIn(p[0])));
		assertThat(statusOf(p[0], missed)).isEqualTo("NO_SHOW");
		this.mvc.perform(post("/sessions/" + missed + "/undo").with(signedIn(p[0])))
			.andExpect(flash().attribute("done", "sessionsPage.done.undone"));
		this.mvc.perform(get("/api/v1/sessions/" + missed).with(bearer(p[0].token())))
			.andExpect(jsonPath("$.status").value("SCHEDULED"))
			.andExpect(jsonPath("$.cancellation").isEmpty());

		this.mvc.perform(post("/api/v1/sessions/" + missed + "/started").with(bearer(p[0].token())));
		this.clock.set(START.plus(Duration.ofMinutes(40)));
		this.mvc.perform(post("/api/v1/sessions/" + missed + "/ended").with(bearer(p[0].token())));
		this.mvc.perform(delete("/api/v1/sessions/" + missed + "/taps/last").with(bearer(p[0].token())))
			.andExpect(jsonPath("$.status").value("HELD"))
			.andExpect(jsonPath("$.startedAt").value("2027-03-01T09:15:00Z"))
			.andExpect(jsonPath("$.endedAt").isEmpty());
	}

	@Test
	void anotherUserGets404() throws Exception {
		this.clock.set(START.minus(Duration.ofHours(1)));
		Signed[] p = pair();
		Signed other = therapistWithTotp();
		String id = book(p[0], p[1], START);
		this.clock.set(START);
		this.mvc.perform(post("/api/v1/sessions/" + id + "/started").with(bearer(p[0].token())));
		this.mvc.perform(delete("/api/v1/sessions/" + id + "/taps/last").with(bearer(other.token())))
			.andExpect(problem(404));
		this.mvc.perform(delete("/api/v1/sessions/" + id + "/taps/last").with(bearer(p[1].token())))
			.andExpect(problem(404));
		this.mvc.perform(post("/sessions/" + id + "/undo").with(signedIn(other))).andExpect(status().isNotFound());
		assertThat(statusOf(p[0], id)).isEqualTo("HELD");
	}

	@Test
	void aSessionThatBeganBeforeItWasBookedIsNotHeldUntilTheTherapistSaysSo() throws Exception {
		this.clock.set(START.plus(Duration.ofMinutes(5)));
		Signed[] p = pair();
		String begun = book(p[0], p[1], START);
		assertThat(statusOf(p[0], begun)).isEqualTo("SCHEDULED");
		this.mvc.perform(post("/api/v1/sessions/" + begun + "/started").with(bearer(p[0].token())))
			.andExpect(jsonPath("$.status").value("HELD"));
		// One that had already ended is recorded as held (API.md: "to record a session
		// that was held").
		String past = book(p[0], p[1], START.minus(Duration.ofDays(2)));
		assertThat(statusOf(p[0], past)).isEqualTo("HELD");
	}

	@Test
	void afterTheEndThePageNoLongerSaysNow() throws Exception {
		this.clock.set(START.minus(Duration.ofHours(1)));
		Signed[] p = pair();
		String id = book(p[0], p[1], START);
		this.clock.set(START.plus(Duration.ofMinutes(1)));
		this.mvc.perform(post("/api/v1/sessions/" + id + "/started").with(bearer(p[0].token())));
		assertThat(page(p[1], "/sessions/" + id)).contains("Now, since");
		this.clock.set(START.plus(Duration.ofMinutes(30)));
		this.mvc.perform(post("/api/v1/sessions/" + id + "/ended").with(bearer(p[0].token())));
		assertThat(page(p[1], "/sessions/" + id)).doesNotContain("Now, since");
		assertThat(page(p[0], "/sessions/" + id)).doesNotContain("Now, since");
	}

}
