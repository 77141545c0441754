package org.between.brief;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.checkin.Checkins;
import org.between.checkin.NewCheckin;
import org.between.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/v1/sessions/{id}/brief} and the page {@code /sessions/{id}/brief}. */
class BriefApiTests extends WebTest {

	@Autowired
	Checkins checkins;

	@Autowired
	Accounts accounts;

	static final String BREATHING = "423b309d-f53b-4253-a2e2-ad54855b7b66";

	/** A therapist, a linked client, a held session two days ago and the next one. */
	record Pair(Signed therapist, Signed client, UUID held, UUID next) {
	}

	Pair pair() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		linkSharingEverything(therapist, client);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MINUTES);
		UUID held = book(therapist, client, now.minus(Duration.ofDays(2)));
		UUID next = book(therapist, client, now.plus(Duration.ofDays(1)));
		return new Pair(therapist, client, held, next);
	}

	UUID book(Signed therapist, Signed client, Instant at) throws Exception {
		MvcResult result = this.mvc
			.perform(postJson("/api/v1/clients/{clientId}/sessions".replace("{clientId}", client.id().toString()),
					toJson(Map.of("startsAt", at.toString(), "durationMinutes", 50, "kind", "REGULAR")))
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();
		return UUID.fromString(read(result, "$.id"));
	}

	int briefReads(UUID sessionId) {
		return this.jdbc.queryForObject("select count(*) from audit_log where action = 'BRIEF_READ' and item_id = ?",
				Integer.class, sessionId.toString());
	}

	@Test
	void theTherapistReadsTheBriefWithoutTheClientsPrivateTextsAndTheReadIsLoggedOnce() throws Exception {
		Pair p = pair();
		Instant yesterday = this.clock.instant().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
		this.mvc
			.perform(postJson("/api/v1/checkins",
					toJson(Map.of("at", yesterday.toString(), "mood", 4, "distress", 7, "urges",
							Map.of("SUICIDAL_THOUGHTS", 2), "note", "NOTE-SECRET")))
				.with(bearer(p.client().token())))
			.andExpect(status().isCreated());
		this.mvc
			.perform(postJson("/api/v1/skills/" + BREATHING + "/practices",
					toJson(Map.of("distressBefore", 7, "distressAfter", 4, "note", "PRACTICE-SECRET")))
				.with(bearer(p.client().token())))
			.andExpect(status().isCreated());
		this.mvc
			.perform(postJson("/api/v1/journal",
					toJson(Map.of("title", "For Thursday", "body", "BODY-SECRET", "intensity", 6, "bringToSession",
							true, "shareWithTherapist", true)))
				.with(bearer(p.client().token())))
			.andExpect(status().isCreated());

		MvcResult result = this.mvc
			.perform(get("/api/v1/sessions/{id}/brief", p.next()).with(bearer(p.therapist().token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sessionId").value(p.next().toString()))
			.andExpect(jsonPath("$.sinceBasis").value("LAST_HELD_SESSION"))
			.andExpect(jsonPath("$.checkins.count").value(1))
			.andExpect(jsonPath("$.checkins.distress.mean").value(7.0))
			.andExpect(jsonPath("$.riskFlags[0].source").value("CHECKIN"))
			.andExpect(jsonPath("$.riskFlags[0].suicidalThoughts").value(2))
			.andExpect(jsonPath("$.agenda[0].title").value("For Thursday"))
			.andExpect(jsonPath("$.sharedJournal[0].title").value("For Thursday"))
			.andExpect(jsonPath("$.skills[0].practices").value(1))
			.andExpect(jsonPath("$.skills[0].meanDrop").value(3.0))
			.andExpect(jsonPath("$.measures").isArray())
			.andExpect(jsonPath("$.frameEvents").isArray())
			.andExpect(jsonPath("$.messages").isEmpty())
			.andExpect(content().string(not(containsString("SECRET"))))
			.andReturn();
		Instant since = Instant.parse(read(result, "$.since"));
		assertThat(since).isEqualTo(this.clock.instant().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofDays(2)));
		assertThat(briefReads(p.next())).isEqualTo(1);
		// titles are listed, not read: no journal read is logged
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where action = 'JOURNAL_ENTRY_READ' and subject_id = ?", Integer.class,
				p.client().id()))
			.isZero();
	}

	@Test
	void aBackdatedActOnASelfHarmUrgeIsARiskFlagWithItsDateOnTheJsonAndThePage() throws Exception {
		Pair p = pair();
		Instant daysAgo = this.clock.instant().minus(Duration.ofHours(30)).truncatedTo(ChronoUnit.SECONDS);
		this.mvc
			.perform(postJson("/api/v1/checkins",
					toJson(Map.of("at", daysAgo.toString(), "mood", 5, "distress", 1, "actions",
							java.util.List.of(Map.of("type", "ACTED_ON_URGE", "urge", "SELF_HARM")))))
				.with(bearer(p.client().token())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.safety.triggered").value(true));
		String day = daysAgo.atZone(java.time.ZoneId.of("Europe/Vienna")).toLocalDate().toString();

		this.mvc.perform(get("/api/v1/sessions/{id}/brief", p.next()).with(bearer(p.therapist().token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.riskFlags[0].source").value("CHECKIN"))
			.andExpect(jsonPath("$.riskFlags[0].at").value(daysAgo.toString()))
			.andExpect(jsonPath("$.riskFlags[0].date").value(day))
			.andExpect(jsonPath("$.riskFlags[0].selfHarm").value(0))
			.andExpect(jsonPath("$.riskFlags[0].actedOn[0]").value("SELF_HARM"));
		this.mvc.perform(get("/sessions/{id}/brief", p.next()).with(signedIn(p.therapist())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("said they acted on an urge to hurt themselves")));
	}

	@Test
	void frameEventsShowThePolicyItsAcknowledgementTheAnnouncedChangeAndALateCancellation() throws Exception {
		Pair p = pair();
		String v1 = "{\"cancellationNoticeHours\":48,\"lateCancellationFee\":60,\"feePerSession\":90,"
				+ "\"currency\":\"EUR\",\"holdSlotOnCancellation\":true,\"makeUp\":\"NONE\"}";
		this.mvc.perform(
				put("/api/v1/policy").contentType("application/json").content(v1).with(bearer(p.therapist().token())))
			.andExpect(status().isCreated());
		this.mvc.perform(post("/api/v1/policy/1/acknowledge").with(bearer(p.client().token())))
			.andExpect(status().is2xxSuccessful());
		String later = java.time.LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Europe/Vienna")))
			.plusDays(30)
			.toString();
		String v2 = v1.replace("\"feePerSession\":90", "\"feePerSession\":95")
			.replace("}", ",\"effectiveFrom\":\"" + later + "\"}");
		this.mvc.perform(
				put("/api/v1/policy").contentType("application/json").content(v2).with(bearer(p.therapist().token())))
			.andExpect(status().isCreated());
		UUID soon = book(p.therapist(), p.client(), this.clock.instant().plus(Duration.ofHours(3)));
		this.mvc.perform(post("/api/v1/sessions/{id}/cancel", soon).with(bearer(p.client().token())))
			.andExpect(jsonPath("$.late").value(true))
			.andExpect(jsonPath("$.fee").value(60.0))
			.andExpect(jsonPath("$.policyVersion").value(1));
		this.mvc.perform(get("/api/v1/sessions/{id}/brief", p.next()).with(bearer(p.therapist().token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.frameEvents[?(@.type == 'POLICY_PUBLISHED' && @.policyVersion == 1)]").exists())
			.andExpect(jsonPath("$.frameEvents[?(@.type == 'POLICY_ACKNOWLEDGED' && @.policyVersion == 1)]").exists())
			.andExpect(jsonPath("$.frameEvents[?(@.type == 'POLICY_TAKES_EFFECT' && @.policyVersion == 2)].upcoming")
				.value(org.hamcrest.Matchers.contains(true)))
			.andExpect(jsonPath("$.frameEvents[?(@.type == 'SESSION_CANCELLED_BY_CLIENT')].fee")
				.value(org.hamcrest.Matchers.contains(60.0)));
	}

	@Test
	void anotherTherapistTheClientAndAnUnknownIdGet404AndNothingIsLogged() throws Exception {
		Pair p = pair();
		Signed other = therapistWithTotp();
		this.mvc.perform(get("/api/v1/sessions/{id}/brief", p.next()).with(bearer(other.token())))
			.andExpect(problem(404));
		this.mvc.perform(get("/api/v1/sessions/{id}/brief", p.next()).with(bearer(p.client().token())))
			.andExpect(problem(404));
		this.mvc.perform(get("/api/v1/sessions/{id}/brief", UUID.randomUUID()).with(bearer(p.therapist().token())))
			.andExpect(problem(404));
		this.mvc.perform(get("/api/v1/sessions/{id}/brief", p.next())).andExpect(status().isUnauthorized());
		assertThat(briefReads(p.next())).isZero();
	}

	@Test
	void aMalformedIdIsAClearProblemNotAnError() throws Exception {
		Pair p = pair();
		int status = this.mvc.perform(get("/api/v1/sessions/not-an-id/brief").with(bearer(p.therapist().token())))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isIn(400, 404);
	}

	@Test
	void thePageShowsTheSectionsInOrderPrintsWithoutInlineScriptAndIsTheTherapistsAlone() throws Exception {
		Pair p = pair();
		String html = this.mvc.perform(get("/sessions/{id}/brief", p.next()).with(signedIn(p.therapist())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Before the session with")))
			.andExpect(content().string(containsString("/js/print-button.js")))
			.andExpect(content().string(containsString("data-print")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int risk = html.indexOf("data-testid=\"brief-risk\"");
		int checkins = html.indexOf("data-testid=\"brief-checkins\"");
		int agenda = html.indexOf("data-testid=\"brief-agenda\"");
		int measures = html.indexOf("data-testid=\"brief-measures\"");
		int skills = html.indexOf("data-testid=\"brief-skills\"");
		int frame = html.indexOf("data-testid=\"brief-frame\"");
		assertThat(risk).isPositive();
		assertThat(new int[] { risk, checkins, agenda, measures, skills, frame }).isSorted();
		assertThat(html).doesNotContain("style=").doesNotContainPattern("<script(?![^>]*src=)[^>]*>");
		assertThat(briefReads(p.next())).isEqualTo(1);

		this.mvc.perform(get("/sessions/{id}/brief", p.next()).with(signedIn(p.client())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/sessions/{id}/brief", p.next()).with(signedIn(therapistWithTotp())))
			.andExpect(status().isNotFound());
	}

	/**
	 * A check-in recorded at {@code at} through the facade (a bearer token would have
	 * expired by the clock's weeks).
	 */
	void checkinAt(Signed client, String at, int distress) {
		this.clock.set(Instant.parse(at));
		this.checkins.record(this.accounts.refresh(client.id()),
				new NewCheckin(at, 5, distress, null, Map.of(), null, null, null));
	}

	@Test
	void afterTimeAwayTheBriefHasAnAbsenceBlockAndThePageSaysSo() throws Exception {
		this.clock.set(Instant.parse("2027-03-01T09:00:00Z"));
		Signed therapist = therapistWithTotp();
		Signed client = client();
		linkSharingEverything(therapist, client);
		book(therapist, client, Instant.parse("2027-02-28T12:00:00Z"));
		UUID next = book(therapist, client, Instant.parse("2027-04-08T09:00:00Z"));
		MvcResult announced = this.mvc
			.perform(postJson("/api/v1/absences", "{\"startDate\":\"2027-03-22\",\"endDate\":\"2027-04-02\"}")
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();
		String absenceId = read(announced, "$.id");
		// Inside (Vienna days 22 March – 2 April): 2, 4, 6; outside: 8 on 5 April.
		checkinAt(client, "2027-03-25T10:00:00Z", 2);
		checkinAt(client, "2027-03-28T10:00:00Z", 4);
		checkinAt(client, "2027-03-31T10:00:00Z", 6);
		checkinAt(client, "2027-04-05T10:00:00Z", 8);
		this.clock.set(Instant.parse("2027-04-06T09:00:00Z"));

		this.mvc.perform(get("/api/v1/sessions/{id}/brief", next).with(signedIn(therapist)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.absence.absenceId").value(absenceId))
			.andExpect(jsonPath("$.absence.startDate").value("2027-03-22"))
			.andExpect(jsonPath("$.absence.endDate").value("2027-04-02"))
			.andExpect(jsonPath("$.absence.days").value(12))
			.andExpect(jsonPath("$.absence.ongoing").value(false))
			.andExpect(jsonPath("$.absence.checkins").value(3))
			.andExpect(jsonPath("$.absence.meanDistress").value(4.0))
			.andExpect(jsonPath("$.absence.riskFlags").isEmpty())
			.andExpect(jsonPath("$.checkins.count").value(4))
			.andExpect(jsonPath("$.frameEvents[?(@.type == 'ABSENCE')].absenceId").value(absenceId))
			.andExpect(jsonPath("$.frameEvents[?(@.type == 'ABSENCE')].firstDay").value("2027-03-22"));
		this.mvc.perform(get("/sessions/{id}/brief", next).with(signedIn(therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"brief-absence\"")))
			.andExpect(content()
				.string(containsString("Your last session was before your absence of 12 days (22 Mar \u2013 2 Apr).")))
			.andExpect(content().string(containsString("3 check-ins, mean distress 4.0")))
			.andExpect(content().string(containsString("No one was covering.")))
			.andExpect(content().string(containsString("No safety flags during it.")))
			.andExpect(content().string(containsString("Your time away begins, until Fri 2 Apr")));
	}

}
