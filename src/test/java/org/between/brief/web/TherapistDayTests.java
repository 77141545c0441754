package org.between.brief.web;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.between.support.WebTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16 items 1 and 2: the therapist's home is the day (sessions with their brief and
 * a quiet marker, clients with something new, pending acknowledgements), read once a day
 * in the client's access log; the client's page is a summary with links only to what the
 * therapist may see.
 */
class TherapistDayTests extends WebTest {

	/** 07:00 in Vienna, a Monday. */
	private static final Instant MORNING = Instant.parse("2027-03-01T06:00:00Z");

	private String book(Signed therapist, Signed client, Instant startsAt) throws Exception {
		MvcResult result = this.mvc
			.perform(postJson("/api/v1/clients/" + client.id() + "/sessions",
					"{\"startsAt\":\"" + startsAt + "\",\"durationMinutes\":50}")
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();
		return read(result, "$.id");
	}

	private void write(Signed client, String title, boolean share, boolean agenda) throws Exception {
		this.mvc
			.perform(postJson("/api/v1/journal",
					toJson(java.util.Map.of("title", title, "body", "Something to say", "intensity", 5,
							"bringToSession", agenda, "shareWithTherapist", share)))
				.with(bearer(client.token())))
			.andExpect(status().isCreated());
	}

	private void checkIn(Signed client, int suicidalThoughts) throws Exception {
		this.mvc
			.perform(postJson("/api/v1/checkins",
					"{\"mood\":4,\"distress\":6,\"urges\":{\"SUICIDAL_THOUGHTS\":" + suicidalThoughts + "}}")
				.with(bearer(client.token())))
			.andExpect(status().isCreated());
	}

	private int homeReads(Signed client) {
		return this.jdbc.queryForObject("select count(*) from audit_log where subject_id = ? and action = 'HOME_READ'",
				Integer.class, client.id());
	}

	@Test
	void homeShowsTodaysSessionsWithTheBriefAQuietMarkerAndTheClientsWithNews() throws Exception {
		this.clock.set(MORNING);
		Signed therapist = therapistWithTotp();
		Signed robin = client();
		Signed kim = client();
		link(therapist, robin);
		link(therapist, kim);
		share(robin, false, true, false, false, false);
		String today = book(therapist, robin, MORNING.plus(Duration.ofHours(4)));
		String later = book(therapist, kim, MORNING.plus(Duration.ofDays(2)));
		write(robin, "About my sister", true, true);
		checkIn(robin, 2);
		this.clock.set(MORNING.plus(Duration.ofHours(1)));

		String home = page(therapist, "/");
		assertThat(home)
			.contains("data-testid=\"day-today\"", "href=\"/sessions/" + today + "/brief\"",
					"href=\"/sessions/" + later + "/brief\"", "a safety flag was shared since the last session",
					"New since the last session", "1 shared journal entry", "1 thing for the agenda",
					"href=\"/clients/" + robin.id() + "\"")
			.doesNotContain("Create an invitation code");
		// Kim shares nothing and wrote nothing: not among the news, no marker on Kim's
		// session.
		String news = home.substring(home.indexOf("data-testid=\"day-news\""), home.indexOf("<h2>Your clients</h2>"));
		assertThat(news).contains("/clients/" + robin.id()).doesNotContain("/clients/" + kim.id());
		assertThat(home.split("a safety flag was shared since the last session", -1)).hasSize(3);
	}

	@Test
	void theMarkerNeedsTheRiskFlagsToBeSharedAndStopsAtTheNextHeldSession() throws Exception {
		this.clock.set(MORNING);
		Signed therapist = therapistWithTotp();
		Signed robin = client();
		link(therapist, robin);
		book(therapist, robin, MORNING.plus(Duration.ofHours(4)));
		checkIn(robin, 3);
		assertThat(page(therapist, "/")).doesNotContain("a safety flag was shared");
		share(robin, false, true, false, false, false);
		assertThat(page(therapist, "/")).contains("a safety flag was shared");
		// A session held after the flag: the marker goes.
		this.clock.set(MORNING.plus(Duration.ofHours(2)));
		book(therapist, robin, MORNING.plus(Duration.ofHours(1)));
		this.clock.set(MORNING.plus(Duration.ofHours(3)));
		assertThat(page(therapist, "/")).doesNotContain("a safety flag was shared");
	}

	@Test
	void theHomePageIsLoggedOncePerClientAndDay() throws Exception {
		this.clock.set(MORNING);
		Signed therapist = therapistWithTotp();
		Signed robin = client();
		link(therapist, robin);
		page(therapist, "/");
		page(therapist, "/");
		page(therapist, "/");
		assertThat(homeReads(robin)).isEqualTo(1);
		this.clock.set(MORNING.plus(Duration.ofDays(1)));
		page(therapist, "/");
		assertThat(homeReads(robin)).isEqualTo(2);
		assertThat(page(robin, "/account")).contains("home page showed what is new from you");
	}

	@Test
	void pendingAcknowledgementsAreNamedOnHome() throws Exception {
		this.clock.set(MORNING);
		Signed therapist = therapistWithTotp();
		Signed robin = client();
		link(therapist, robin);
		this.mvc
			.perform(put("/api/v1/policy").contentType(MediaType.APPLICATION_JSON)
				.content("{\"cancellationNoticeHours\":48,\"lateCancellationFee\":60,\"feePerSession\":80,"
						+ "\"currency\":\"EUR\",\"holdSlotOnCancellation\":true,\"makeUp\":\"WHEN_AVAILABLE\"}")
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated());
		assertThat(page(therapist, "/")).contains("data-testid=\"policy-pending\"", "Not yet read: version 1",
				robin.account().displayName());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/policy/1/acknowledge")
				.with(bearer(robin.token())))
			.andExpect(status().is2xxSuccessful());
		assertThat(page(therapist, "/")).doesNotContain("data-testid=\"policy-pending\"");
	}

	@Test
	void theClientPageIsASummaryWithKindSentencesWhereNothingIsShared() throws Exception {
		this.clock.set(MORNING);
		Signed therapist = therapistWithTotp();
		Signed robin = client();
		link(therapist, robin);
		String next = book(therapist, robin, MORNING.plus(Duration.ofDays(3)));
		String name = robin.account().displayName();
		String page = page(therapist, "/clients/" + robin.id());
		assertThat(page)
			.contains(name + " has not shared their safety plan. You could talk about it together.",
					name + " has not shared a journal entry with you.", "does not share their questionnaire answers",
					"href=\"/sessions/" + next + "/brief\"", "None held yet.", "No practice policy published yet.",
					"data-testid=\"client-agreement-link\"", "data-testid=\"client-insights-not-shared\"")
			.doesNotContain("/clients/" + robin.id() + "/safety-plan\"", "/clients/" + robin.id() + "/insights\"",
					"/clients/" + robin.id() + "/journal\"");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where subject_id = ? and action = 'CLIENT_SUMMARY_READ'", Integer.class,
				robin.id()))
			.isEqualTo(1);
	}

	@Test
	void theClientPageLinksToWhatIsSharedWithTheLatestMeasures() throws Exception {
		this.clock.set(MORNING);
		Signed therapist = therapistWithTotp();
		Signed robin = client();
		link(therapist, robin);
		shareEverything(robin);
		this.mvc
			.perform(postJson("/api/v1/measures/PHQ9/responses", "{\"answers\":[2,2,2,2,2,2,2,0,0]}")
				.with(bearer(robin.token())))
			.andExpect(status().isCreated());
		this.clock.set(MORNING.plus(Duration.ofDays(14)));
		this.mvc
			.perform(postJson("/api/v1/measures/PHQ9/responses", "{\"answers\":[1,1,1,1,0,0,0,0,0]}")
				.with(bearer(robin.token())))
			.andExpect(status().isCreated());
		write(robin, "Shared one", true, false);
		this.mvc
			.perform(put("/api/v1/safety-plan").contentType(MediaType.APPLICATION_JSON)
				.content("{\"warningSigns\":[\"Not sleeping\"],\"copingStrategies\":[],\"distractions\":[],"
						+ "\"peopleToAsk\":[],\"professionals\":[],\"environmentSafety\":[],\"reasonsForLiving\":[],"
						+ "\"sharedWithTherapist\":true}")
				.with(bearer(robin.token())))
			.andExpect(status().is2xxSuccessful());
		String page = page(therapist, "/clients/" + robin.id());
		assertThat(page).contains("href=\"/clients/" + robin.id() + "/safety-plan\"",
				"href=\"/clients/" + robin.id() + "/journal\"", "href=\"/clients/" + robin.id() + "/insights\"",
				"href=\"/clients/" + robin.id() + "/measures\"", "PHQ-9", "minimal", "reliably lower");
	}

	@Test
	void anotherTherapistOrAClientGets404() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed robin = client();
		link(therapist, robin);
		this.mvc.perform(get("/clients/" + robin.id()).with(signedIn(therapistWithTotp())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clients/" + robin.id()).with(signedIn(client()))).andExpect(status().isNotFound());
		assertThat(page(therapistWithTotp(), "/")).doesNotContain(robin.account().displayName());
	}

}
