package org.between.sessions.web;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.between.support.WebTest;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16 item 3: {@code /sessions} moves by week (previous, next, a date) and lists the
 * held, cancelled and missed sessions of past weeks, so attendance can be recorded late.
 */
class SessionWeeksTests extends WebTest {

	/** A Wednesday; WebTest's people live in Europe/Vienna. */
	private static final Instant NOW = Instant.parse("2027-03-10T08:00:00Z");

	private String book(Signed therapist, Signed client, Instant startsAt) throws Exception {
		MvcResult result = this.mvc
			.perform(postJson("/api/v1/clients/" + client.id() + "/sessions",
					"{\"startsAt\":\"" + startsAt + "\",\"durationMinutes\":50}")
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();
		return read(result, "$.id");
	}

	@Test
	void aPastWeekListsHeldCancelledAndMissedSessionsWithTheWayToRecordThem() throws Exception {
		this.clock.set(Instant.parse("2027-03-01T06:00:00Z"));
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		String held = book(therapist, client, Instant.parse("2027-03-01T09:00:00Z"));
		String cancelled = book(therapist, client, Instant.parse("2027-03-02T09:00:00Z"));
		String missed = book(therapist, client, Instant.parse("2027-03-03T09:00:00Z"));
		String open = book(therapist, client, Instant.parse("2027-03-04T09:00:00Z"));
		this.mvc.perform(post("/api/v1/sessions/" + cancelled + "/cancel").with(bearer(client.token())));
		this.clock.set(Instant.parse("2027-03-01T09:55:00Z"));
		this.mvc.perform(post("/api/v1/sessions/" + held + "/ended").with(bearer(therapist.token())));
		this.clock.set(Instant.parse("2027-03-03T09:20:00Z"));
		this.mvc.perform(post("/api/v1/sessions/" + missed + "/no-show").with(bearer(therapist.token())));
		this.clock.set(NOW);

		// The default view starts today: last week's sessions are not in it.
		String now = page(therapist, "/sessions");
		assertThat(now)
			.contains("href=\"/sessions?week=2027-03-01\"", "href=\"/sessions?week=2027-03-15\"", "Previous week",
					"Next week", "name=\"week\"")
			.doesNotContain("/sessions/" + held + "\"");

		String week = page(therapist, "/sessions?week=2027-03-03");
		assertThat(week).contains("Week of 1 March to 7 March 2027", "/sessions/" + held, "/sessions/" + cancelled,
				"/sessions/" + missed, "/sessions/" + open, "href=\"/sessions?week=2027-02-22\"",
				"href=\"/sessions?week=2027-03-08\"", "From today");
		// The session nobody recorded can still be recorded late.
		String late = page(therapist, "/sessions/" + open);
		assertThat(late).contains("name=\"startedAt\"", "did not come");
	}

	@Test
	void aDateThatIsNotADateSaysSoAndShowsTheDefault() throws Exception {
		this.clock.set(NOW);
		Signed therapist = therapistWithTotp();
		String page = page(therapist, "/sessions?week=next-tuesday");
		assertThat(page).contains("Please enter a date", "Your sessions");
		this.mvc.perform(get("/sessions").param("week", "9999-99-99").with(signedIn(therapist)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/sessions").param("week", "x".repeat(500)).with(signedIn(therapist)))
			.andExpect(status().isOk());
	}

	@Test
	void anotherTherapistsWeekShowsNoneOfTheseSessions() throws Exception {
		this.clock.set(Instant.parse("2027-03-01T06:00:00Z"));
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		String id = book(therapist, client, Instant.parse("2027-03-01T09:00:00Z"));
		this.clock.set(NOW.plus(Duration.ofDays(1)));
		Signed other = therapistWithTotp();
		assertThat(page(other, "/sessions?week=2027-03-01")).doesNotContain(id);
		this.mvc.perform(get("/sessions/" + id).with(signedIn(other))).andExpect(status().isNotFound());
	}

}
