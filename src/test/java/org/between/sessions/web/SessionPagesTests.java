package org.between.sessions.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.between.support.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sessions pages in plain HTML: the client's overview with the calm countdown,
 * standing appointment, past sessions and punctuality; the therapist's two weeks; one
 * session for its two people (404 for everyone else); the client's cancel flow with its
 * confirmation page; the therapist's taps and corrections; the therapist's client page
 * with its forms, which come back with what was typed and change nothing on an error.
 * People are in Vienna; the clock stands on Monday 1 March 2027, 10:00 there.
 */
class SessionPagesTests extends WebTest {

	static final Instant MONDAY = Instant.parse("2027-03-01T09:00:00Z");

	@BeforeEach
	void monday() {
		this.clock.set(MONDAY);
	}

	private Signed person(String role, String name) throws Exception {
		Account account = signUp(email(), role, name);
		String token = token(account.email());
		String secret = "THERAPIST".equals(role) ? enrolTotp(token) : null;
		return new Signed(account, token, secret);
	}

	private static MockHttpServletRequestBuilder json(String path, String body, Object... vars) {
		return post(path, vars).contentType("application/json").accept("application/json").content(body);
	}

	/** Thursdays at 12:00 Vienna from 4 March, 50 minutes. */
	private void thursdays(Signed therapist, Signed client) throws Exception {
		this.mvc
			.perform(json("/api/v1/clients/{id}/standing-appointments",
					"{\"weekday\":\"THURSDAY\",\"startTime\":\"12:00\",\"durationMinutes\":50,\"everyWeeks\":1,"
							+ "\"startDate\":\"2027-03-04\",\"videoLink\":\"https://video.example.org/room-7\"}",
					client.id())
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated());
	}

	private UUID book(Signed therapist, Signed client, Instant startsAt, int minutes) throws Exception {
		MvcResult result = this.mvc
			.perform(json("/api/v1/clients/{id}/sessions",
					"{\"startsAt\":\"" + startsAt + "\",\"durationMinutes\":" + minutes + "}", client.id())
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();
		return UUID.fromString(read(result, "$.id"));
	}

	private UUID firstUpcoming(Signed who) throws Exception {
		MvcResult result = this.mvc.perform(get("/api/v1/sessions").with(bearer(who.token())))
			.andExpect(status().isOk())
			.andReturn();
		return UUID.fromString(read(result, "$[0].id"));
	}

	private int sessionCount(Signed who) throws Exception {
		MvcResult result = this.mvc.perform(
				get("/api/v1/sessions").param("from", "2027-01-01").param("to", "2027-12-31").with(bearer(who.token())))
			.andReturn();
		return ((List<?>) read(result, "$")).size();
	}

	@Test
	void theClientSeesTheNextSessionCalmlyTheirRegularTimeWhatWasAndHowTimeWasKept() throws Exception {
		Signed therapist = person("THERAPIST", "Dr Ana Berg");
		Signed client = person("CLIENT", "Robin");
		link(therapist, client);
		this.mvc.perform(get("/sessions").with(signedIn(client)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No sessions are planned yet")))
			.andExpect(content().string(containsString("No sessions have been held yet.")));

		thursdays(therapist, client);
		// A session held a week ago, recorded as starting 7 minutes late and ending on
		// time.
		UUID held = book(therapist, client, Instant.parse("2027-02-22T11:00:00Z"), 50);
		this.mvc
			.perform(json("/api/v1/sessions/{id}/attendance",
					"{\"startedAt\":\"2027-02-22T11:07:00Z\",\"endedAt\":\"2027-02-22T11:50:00Z\"}", held)
				.with(bearer(therapist.token())))
			.andExpect(status().isOk());

		this.mvc.perform(get("/sessions").with(signedIn(client)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("When you meet Dr Ana Berg")))
			.andExpect(content().string(containsString("Thursday 4 March, 12:00 \u2014 in 3 days")))
			.andExpect(content().string(containsString("href=\"https://video.example.org/room-7\"")))
			.andExpect(content().string(containsString("Every Thursday at 12:00 your time, 50 minutes")))
			.andExpect(content().string(containsString("Thursday 11 March, 12:00")))
			.andExpect(content().string(containsString("Monday 22 February, 12:00")))
			.andExpect(content().string(containsString("Started 12:07, ended 12:50")))
			.andExpect(content().string(containsString(
					"Of 1 session with start and end recorded, 1 started more than 5 minutes late and 1 was cut short; "
							+ "7 minutes lost in all.")))
			.andExpect(content().string(containsString("href=\"/policy\"")))
			.andExpect(content().string(containsString("Europe/Vienna")));

		// On the day, and the day before.
		this.clock.set(Instant.parse("2027-03-03T09:00:00Z"));
		this.mvc.perform(get("/sessions").with(signedIn(client)))
			.andExpect(content().string(containsString("Tomorrow at 12:00")));
		this.clock.set(Instant.parse("2027-03-04T07:00:00Z"));
		this.mvc.perform(get("/sessions").with(signedIn(client)))
			.andExpect(content().string(containsString("Today at 12:00")));
		this.mvc.perform(get("/").with(signedIn(client)))
			.andExpect(content().string(containsString("data-testid=\"next-session-card\"")))
			.andExpect(content().string(containsString("Today at 12:00")))
			.andExpect(content().string(containsString("href=\"/sessions\"")));
	}

	@Test
	void theTherapistSeesTwoWeeksByDayWithNamesAndPlansFromTheClientsPage() throws Exception {
		Signed therapist = person("THERAPIST", "Dr Ana Berg");
		Signed robin = person("CLIENT", "Robin");
		Signed kim = person("CLIENT", "Kim");
		link(therapist, robin);
		link(therapist, kim);
		thursdays(therapist, robin);
		book(therapist, kim, Instant.parse("2027-03-02T14:00:00Z"), 50);
		this.mvc.perform(get("/sessions").with(signedIn(therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tomorrow, Tuesday 2 March")))
			.andExpect(content().string(containsString("Thursday 4 March")))
			.andExpect(content().string(containsString("Thursday 11 March")))
			.andExpect(content().string(not(containsString("Thursday 18 March"))))
			.andExpect(content().string(containsString("Robin")))
			.andExpect(content().string(containsString("Kim")))
			.andExpect(content().string(containsString("15:00")))
			.andExpect(content().string(containsString("href=\"/clients/" + kim.id() + "/sessions\"")));
		this.mvc.perform(get("/").with(signedIn(therapist)))
			.andExpect(content().string(containsString("data-testid=\"sessions-link\"")));
		this.mvc.perform(get("/clients/{id}", robin.id()).with(signedIn(therapist)))
			.andExpect(content().string(containsString("href=\"/clients/" + robin.id() + "/sessions\"")));
		this.mvc.perform(get("/clients/{id}/sessions", robin.id()).with(signedIn(therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sessions with Robin")))
			.andExpect(content().string(containsString("Every Thursday at 12:00, 50 minutes")))
			.andExpect(content().string(containsString("End this appointment")))
			.andExpect(content().string(containsString("Thursday 4 March, 12:00")))
			.andExpect(content().string(containsString("Europe/Vienna")));
		Integer reads = this.jdbc.queryForObject(
				"select count(*) from audit_log where actor_id = ? and action = 'SESSIONS_READ' and subject_id = ?",
				Integer.class, therapist.id(), robin.id());
		assertThat(reads).isEqualTo(1);
	}

	@Test
	void eachPageIsForItsOwnPeopleOnly() throws Exception {
		Signed therapist = person("THERAPIST", "Dr Ana Berg");
		Signed client = person("CLIENT", "Robin");
		Signed otherTherapist = person("THERAPIST", "Dr Lee");
		Signed otherClient = person("CLIENT", "Kim");
		link(therapist, client);
		link(otherTherapist, otherClient);
		thursdays(therapist, client);
		UUID id = firstUpcoming(client);

		for (Signed own : new Signed[] { therapist, client }) {
			this.mvc.perform(get("/sessions/{id}", id).with(signedIn(own)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Thursday 4 March, 12:00")));
			this.mvc.perform(get("/sessions/{id}/cancel", id).with(signedIn(own))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/sessions/{id}", id).with(signedIn(therapist)))
			.andExpect(content().string(containsString("With Robin")))
			.andExpect(content().string(containsString("href=\"/sessions/" + id + "/brief\"")));
		for (Signed other : new Signed[] { otherTherapist, otherClient }) {
			this.mvc.perform(get("/sessions/{id}", id).with(signedIn(other))).andExpect(status().isNotFound());
			this.mvc.perform(get("/sessions/{id}/cancel", id).with(signedIn(other))).andExpect(status().isNotFound());
			this.mvc.perform(post("/sessions/{id}/cancel", id).with(signedIn(other))).andExpect(status().isNotFound());
			this.mvc.perform(post("/sessions/{id}/started", id).with(signedIn(other))).andExpect(status().isNotFound());
			this.mvc.perform(post("/sessions/{id}/video-link", id).with(signedIn(other)).param("videoLink", ""))
				.andExpect(status().isNotFound());
		}
		// The client cannot use the therapist's buttons.
		this.mvc.perform(post("/sessions/{id}/started", id).with(signedIn(client))).andExpect(status().isNotFound());
		this.mvc.perform(post("/sessions/{id}/no-show", id).with(signedIn(client))).andExpect(status().isNotFound());
		this.mvc.perform(get("/sessions/{id}", UUID.randomUUID()).with(signedIn(client)))
			.andExpect(status().isNotFound());
		// The client page is the linked therapist's only.
		this.mvc.perform(get("/clients/{id}/sessions", client.id()).with(signedIn(otherTherapist)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clients/{id}/sessions", client.id()).with(signedIn(client)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clients/{id}/sessions", UUID.randomUUID()).with(signedIn(therapist)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/clients/{id}/sessions", client.id()).with(signedIn(otherTherapist))
				.param("date", "2027-03-05")
				.param("time", "09:00"))
			.andExpect(status().isNotFound());
		String standing = read(this.mvc
			.perform(get("/api/v1/clients/{id}/standing-appointments", client.id()).with(bearer(therapist.token())))
			.andReturn(), "$[0].id");
		this.mvc
			.perform(post("/clients/{c}/standing-appointments/{id}/end", client.id(), standing)
				.with(signedIn(otherTherapist)))
			.andExpect(status().isNotFound());
		// Another of the therapist's clients cannot end it through their own page either.
		Signed third = person("CLIENT", "Alex");
		link(therapist, third);
		this.mvc
			.perform(
					post("/clients/{c}/standing-appointments/{id}/end", third.id(), standing).with(signedIn(therapist)))
			.andExpect(status().isNotFound());
		assertThat(sessionCount(client)).isGreaterThan(10);
	}

	@Test
	void theClientCancelsAfterSeeingWhatItMeansAndThePageKeepsTheRuling() throws Exception {
		Signed therapist = person("THERAPIST", "Dr Ana Berg");
		Signed client = person("CLIENT", "Robin");
		link(therapist, client);
		thursdays(therapist, client);
		UUID id = firstUpcoming(client);
		this.mvc.perform(get("/sessions/{id}", id).with(signedIn(client)))
			.andExpect(content().string(containsString("href=\"/sessions/" + id + "/cancel\"")))
			.andExpect(content().string(not(containsString("Session started"))));
		this.mvc.perform(get("/sessions/{id}/cancel", id).with(signedIn(client)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cancel this session?")))
			.andExpect(content().string(containsString("Thursday 4 March, 12:00")))
			.andExpect(content().string(containsString(
					"Your therapist has not set out a practice policy yet, so there is no fee for cancelling.")))
			.andExpect(content().string(containsString("Cancel the session")))
			.andExpect(content().string(containsString("Keep it")));
		// A reason that is too long comes back at its field, kept, and nothing changes.
		String tooLong = "x".repeat(1001);
		this.mvc.perform(post("/sessions/{id}/cancel", id).with(signedIn(client)).param("reason", tooLong))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please keep the reason to 1000 characters.")))
			.andExpect(content().string(containsString(tooLong)));
		this.mvc.perform(get("/api/v1/sessions/{id}", id).with(bearer(client.token())))
			.andExpect(jsonPath("$.status").value("SCHEDULED"));

		this.mvc.perform(post("/sessions/{id}/cancel", id).with(signedIn(client)).param("reason", "A fever"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/sessions/" + id))
			.andExpect(flash().attribute("done", "sessionsPage.done.cancelled"));
		this.mvc.perform(get("/sessions/{id}", id).with(signedIn(client)))
			.andExpect(content().string(containsString("Cancelled by you")))
			.andExpect(content()
				.string(containsString("Cancelled 3 days before. There was no practice policy yet, so no fee.")))
			.andExpect(content().string(containsString("Reason given: A fever")))
			.andExpect(content().string(not(containsString("href=\"/sessions/" + id + "/cancel\""))));
		this.mvc.perform(get("/sessions/{id}", id).with(signedIn(therapist)))
			.andExpect(content().string(containsString("Cancelled by the client")));
		this.mvc.perform(get("/sessions").with(signedIn(client)))
			.andExpect(content().string(containsString("Thursday 11 March, 12:00 \u2014 in 10 days")));
		// A second go: the session is no longer scheduled, said calmly on the session
		// page.
		this.mvc.perform(get("/sessions/{id}/cancel", id).with(signedIn(client)))
			.andExpect(redirectedUrl("/sessions/" + id))
			.andExpect(flash().attribute("problem", "sessions.conflict.notScheduled"));
		this.mvc.perform(post("/sessions/{id}/cancel", id).with(signedIn(client)))
			.andExpect(redirectedUrl("/sessions/" + id))
			.andExpect(flash().attribute("problem", "sessions.conflict.notScheduled"));
	}

	@Test
	void theTherapistCancelsWithoutCostToTheClient() throws Exception {
		Signed therapist = person("THERAPIST", "Dr Ana Berg");
		Signed client = person("CLIENT", "Robin");
		link(therapist, client);
		thursdays(therapist, client);
		UUID id = firstUpcoming(client);
		this.mvc.perform(get("/sessions/{id}/cancel", id).with(signedIn(therapist)))
			.andExpect(content().string(containsString("The client is not charged and is offered a make-up session.")));
		this.mvc.perform(post("/sessions/{id}/cancel", id).with(signedIn(therapist)).param("reason", "I am ill"))
			.andExpect(redirectedUrl("/sessions/" + id));
		this.mvc.perform(get("/sessions/{id}", id).with(signedIn(client)))
			.andExpect(content().string(containsString("Cancelled by your therapist")))
			.andExpect(content().string(containsString("You are not charged, and a make-up session is offered.")));
	}

	@Test
	void aTapTheFacadeWouldRefuseIsNotOffered() throws Exception {
		Signed therapist = person("THERAPIST", "Dr Ana Berg");
		Signed client = person("CLIENT", "Robin");
		link(therapist, client);
		UUID id = book(therapist, client, Instant.parse("2027-03-01T10:00:00Z"), 50);
		// 12.5 hours after the planned start: a start now would lie too far from the
		// plan,
		// an end now would make a session of over six hours. Only the correction is
		// offered.
		this.clock.set(Instant.parse("2027-03-01T22:30:00Z"));
		this.mvc.perform(get("/sessions/{id}", id).with(signedIn(therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Session started"))))
			.andExpect(content().string(not(containsString("Session ended"))))
			.andExpect(content().string(containsString("id=\"correct\"")));
		this.mvc.perform(post("/sessions/{id}/started", id).with(signedIn(therapist)))
			.andExpect(flash().attribute("problem", "sessions.startedAt.farFromPlan"));
	}

	@Test
	void theTherapistTapsStartedAndEndedAndCorrectsTheTimes() throws Exception {
		Signed therapist = person("THERAPIST", "Dr Ana Berg");
		Signed client = person("CLIENT", "Robin");
		link(therapist, client);
		// 11:00 Vienna today.
		UUID id = book(therapist, client, Instant.parse("2027-03-01T10:00:00Z"), 50);
		this.mvc.perform(get("/sessions/{id}", id).with(signedIn(therapist)))
			.andExpect(content().string(containsString("Session started")))
			.andExpect(content().string(not(containsString("Session ended"))))
			.andExpect(content().string(not(containsString("did not come"))));

		this.clock.set(Instant.parse("2027-03-01T10:02:00Z"));
		this.mvc.perform(post("/sessions/{id}/started", id).with(signedIn(therapist)))
			.andExpect(redirectedUrl("/sessions/" + id))
			.andExpect(flash().attribute("done", "sessionsPage.done.started"));
		this.mvc.perform(get("/sessions/{id}", id).with(signedIn(therapist)))
			.andExpect(content().string(containsString("Started 11:02")))
			.andExpect(content().string(containsString("Session ended")))
			.andExpect(content().string(not(containsString(">Session started<"))));

		this.clock.set(Instant.parse("2027-03-01T10:49:00Z"));
		this.mvc.perform(post("/sessions/{id}/ended", id).with(signedIn(therapist)))
			.andExpect(flash().attribute("done", "sessionsPage.done.ended"));
		this.mvc.perform(get("/api/v1/sessions/{id}", id).with(bearer(therapist.token())))
			.andExpect(jsonPath("$.startedAt").value("2027-03-01T10:02:00Z"))
			.andExpect(jsonPath("$.endedAt").value("2027-03-01T10:49:00Z"))
			.andExpect(jsonPath("$.status").value("HELD"));
		this.mvc.perform(get("/sessions/{id}", id).with(signedIn(client)))
			.andExpect(content().string(containsString("Held")))
			.andExpect(content().string(containsString("Started 11:02, ended 11:49")));

		// A correction with the end before the start comes back at the field, as typed.
		this.mvc
			.perform(post("/sessions/{id}/attendance", id).with(signedIn(therapist))
				.param("startedAt", "2027-03-01T11:00")
				.param("endedAt", "2027-03-01T10:30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The end must be after the start.")))
			.andExpect(content().string(containsString("value=\"2027-03-01T10:30\"")));
		this.mvc.perform(post("/sessions/{id}/attendance", id).with(signedIn(therapist)).param("startedAt", "soon"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please give a date and a time.")));
		this.mvc
			.perform(post("/sessions/{id}/attendance", id).with(signedIn(therapist))
				.param("startedAt", "2027-03-01T11:00")
				.param("endedAt", "2027-03-01T11:48"))
			.andExpect(redirectedUrl("/sessions/" + id));
		this.mvc.perform(get("/sessions/{id}", id).with(signedIn(therapist)))
			.andExpect(content().string(containsString("Started 11:00, ended 11:48")));

		// The video link: a bad one comes back, a good one is kept.
		this.mvc.perform(post("/sessions/{id}/video-link", id).with(signedIn(therapist)).param("videoLink", "ftp://x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please give a link starting with https://")))
			.andExpect(content().string(containsString("value=\"ftp://x\"")));
		this.mvc
			.perform(post("/sessions/{id}/video-link", id).with(signedIn(therapist))
				.param("videoLink", "https://video.example.org/r"))
			.andExpect(flash().attribute("done", "sessionsPage.done.videoLink"));
	}

	@Test
	void theClientDidNotComeOnlyAfterTheStart() throws Exception {
		Signed therapist = person("THERAPIST", "Dr Ana Berg");
		Signed client = person("CLIENT", "Robin");
		link(therapist, client);
		UUID id = book(therapist, client, Instant.parse("2027-03-01T10:00:00Z"), 50);
		this.mvc.perform(post("/sessions/{id}/no-show", id).with(signedIn(therapist)))
			.andExpect(redirectedUrl("/sessions/" + id))
			.andExpect(flash().attribute("problem", "sessions.noShow.notYet"));
		this.clock.set(Instant.parse("2027-03-01T10:20:00Z"));
		this.mvc.perform(get("/sessions/{id}", id).with(signedIn(therapist)))
			.andExpect(content().string(containsString("Record that the client did not come")));
		this.mvc.perform(post("/sessions/{id}/no-show", id).with(signedIn(therapist)))
			.andExpect(flash().attribute("done", "sessionsPage.done.noShow"));
		this.mvc.perform(get("/sessions/{id}", id).with(signedIn(client)))
			.andExpect(content().string(containsString("Recorded as not attended")));
	}

	@Test
	void theTherapistsFormsShowProblemsAtTheFieldsAndAnOverlapAtTheTopAndChangeNothing() throws Exception {
		Signed therapist = person("THERAPIST", "Dr Ana Berg");
		Signed client = person("CLIENT", "Robin");
		link(therapist, client);
		this.mvc
			.perform(post("/clients/{id}/standing-appointments", client.id()).with(signedIn(therapist))
				.param("weekday", "")
				.param("startTime", "12:00")
				.param("durationMinutes", "5")
				.param("everyWeeks", "1")
				.param("startDate", "2027-02-01")
				.param("videoLink", "http://plain.example.org"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please check these fields:")))
			.andExpect(content().string(containsString("id=\"add-standing\" open=\"open\"")))
			.andExpect(content().string(containsString("href=\"#standing-weekday\"")))
			.andExpect(content().string(containsString("Please fill this in.")))
			.andExpect(content().string(containsString("Please choose between 10 and 240 minutes.")))
			.andExpect(content().string(containsString("A standing appointment can start today at the earliest.")))
			.andExpect(content().string(containsString("Please give a link starting with https://")))
			.andExpect(content().string(containsString("value=\"http://plain.example.org\"")))
			.andExpect(content().string(containsString("value=\"2027-02-01\"")));
		this.mvc
			.perform(post("/clients/{id}/standing-appointments", client.id()).with(signedIn(therapist))
				.param("weekday", "THURSDAY")
				.param("startTime", "12:00")
				.param("durationMinutes", "fifty")
				.param("everyWeeks", "1")
				.param("startDate", "4 March"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please choose between 10 and 240 minutes.")))
			.andExpect(content().string(containsString("Please give a date like 2026-12-01.")))
			.andExpect(content().string(containsString("value=\"fifty\"")));
		assertThat(sessionCount(client)).isZero();

		// A single session on Thursday 4 March at 12:30, then a standing appointment that
		// would overlap it: refused whole, with the message at the top.
		book(therapist, client, Instant.parse("2027-03-04T11:30:00Z"), 50);
		this.mvc
			.perform(post("/clients/{id}/standing-appointments", client.id()).with(signedIn(therapist))
				.param("weekday", "THURSDAY")
				.param("startTime", "12:00")
				.param("durationMinutes", "50")
				.param("everyWeeks", "1")
				.param("startDate", "2027-03-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"standing-problem\"")))
			.andExpect(content().string(containsString("You already have a session at that time.")))
			.andExpect(content().string(containsString("<option value=\"THURSDAY\" selected=\"selected\">Thursday")));
		this.mvc
			.perform(post("/clients/{id}/sessions", client.id()).with(signedIn(therapist))
				.param("date", "2027-03-04")
				.param("time", "12:00")
				.param("durationMinutes", "50")
				.param("kind", "EXTRA"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"booking-problem\"")))
			.andExpect(content().string(containsString("You already have a session at that time.")))
			.andExpect(content().string(containsString("<option value=\"EXTRA\" selected=\"selected\">")));
		this.mvc
			.perform(post("/clients/{id}/sessions", client.id()).with(signedIn(therapist))
				.param("date", "")
				.param("time", "noon")
				.param("durationMinutes", "50")
				.param("kind", "SPECIAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#booking-date\"")))
			.andExpect(content().string(containsString("Please give a time like 18:00.")))
			.andExpect(content().string(containsString("Please choose regular, make-up or extra.")));
		this.mvc
			.perform(post("/clients/{id}/sessions", client.id()).with(signedIn(therapist))
				.param("date", "2026-12-01")
				.param("time", "12:00")
				.param("durationMinutes", "50")
				.param("kind", "REGULAR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A session can be recorded up to 30 days after it was held.")));
		assertThat(sessionCount(client)).isEqualTo(1);

		// What works: a standing appointment on Tuesdays, then a make-up session; then
		// the
		// appointment ends and its sessions to come are taken off the calendar.
		this.mvc
			.perform(post("/clients/{id}/standing-appointments", client.id()).with(signedIn(therapist))
				.param("weekday", "TUESDAY")
				.param("startTime", "09:00")
				.param("durationMinutes", "50")
				.param("everyWeeks", "2")
				.param("startDate", "2027-03-01"))
			.andExpect(redirectedUrl("/clients/" + client.id() + "/sessions"));
		this.mvc
			.perform(post("/clients/{id}/sessions", client.id()).with(signedIn(therapist))
				.param("date", "2027-03-05")
				.param("time", "09:00")
				.param("durationMinutes", "50")
				.param("kind", "MAKE_UP"))
			.andExpect(redirectedUrl("/clients/" + client.id() + "/sessions"))
			.andExpect(flash().attribute("done", "The session on Friday 5 March, 09:00 is booked."));
		this.mvc.perform(get("/clients/{id}/sessions", client.id()).with(signedIn(therapist)))
			.andExpect(content().string(containsString("Every other Tuesday at 09:00, 50 minutes")))
			.andExpect(content().string(containsString("Make-up session")));
		int before = sessionCount(client);
		assertThat(before).isEqualTo(1 + 6 + 1);
		String standing = read(this.mvc
			.perform(get("/api/v1/clients/{id}/standing-appointments", client.id()).with(bearer(therapist.token())))
			.andReturn(), "$[0].id");
		this.mvc
			.perform(post("/clients/{c}/standing-appointments/{id}/end", client.id(), standing)
				.with(signedIn(therapist)))
			.andExpect(redirectedUrl("/clients/" + client.id() + "/sessions"));
		assertThat(sessionCount(client)).isEqualTo(2);
		this.mvc.perform(get("/clients/{id}/sessions", client.id()).with(signedIn(therapist)))
			.andExpect(content().string(not(containsString("End this appointment"))));
	}

}
