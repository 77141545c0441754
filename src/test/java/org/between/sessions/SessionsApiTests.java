package org.between.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.between.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API.md "sessions and frame": standing appointments across a daylight-saving change
 * (therapist in Berlin, client in New York), one-off sessions, overlaps, cancellations,
 * attendance and punctuality, and 404 for everyone else.
 */
class SessionsApiTests extends WebTest {

	@Autowired
	private Sessions sessions;

	/**
	 * Signs up a person in a time zone and answers them with a token (therapists with
	 * TOTP).
	 */
	private Signed person(String role, String zone) throws Exception {
		String email = email();
		this.mvc
			.perform(postJson("/api/v1/accounts",
					toJson(Map.of("email", email, "password", PASSWORD, "displayName", "Test " + role.toLowerCase(),
							"role", role, "timeZone", zone)))
				.with(fresh()))
			.andExpect(status().isCreated());
		MvcResult me = null;
		String token = token(email);
		me = me(token);
		Account account = new Account(UUID.fromString(read(me, "$.id")), email, "Test " + role.toLowerCase());
		String secret = "THERAPIST".equals(role) ? enrolTotp(token) : null;
		return new Signed(account, token, secret);
	}

	private Signed[] pair(String therapistZone, String clientZone) throws Exception {
		Signed therapist = person("THERAPIST", therapistZone);
		Signed client = person("CLIENT", clientZone);
		link(therapist, client);
		return new Signed[] { therapist, client };
	}

	private MvcResult standing(Signed therapist, Signed client, String body) throws Exception {
		return this.mvc
			.perform(postJson("/api/v1/clients/{id}/standing-appointments", body, client.id())
				.with(bearer(therapist.token())))
			.andReturn();
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder postJson(String path,
			String body, Object... vars) {
		return post(path, vars).contentType("application/json").accept("application/json").content(body);
	}

	private String book(Signed therapist, Signed client, Instant startsAt, int minutes) throws Exception {
		MvcResult result = this.mvc
			.perform(postJson("/api/v1/clients/{id}/sessions",
					"{\"startsAt\":\"" + startsAt + "\",\"durationMinutes\":" + minutes + "}", client.id())
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();
		return read(result, "$.id");
	}

	@Test
	void aStandingAppointmentKeepsBerlinTimeAcrossTheChangeAndTheNewYorkClientSeesTheSameInstants() throws Exception {
		this.clock.set(Instant.parse("2027-03-01T09:00:00Z"));
		Signed[] p = pair("Europe/Berlin", "America/New_York");
		MvcResult made = standing(p[0], p[1],
				"{\"weekday\":\"THURSDAY\",\"startTime\":\"18:00\",\"durationMinutes\":50,\"everyWeeks\":1,"
						+ "\"startDate\":\"2027-03-04\"}");
		assertThat(made.getResponse().getStatus()).isEqualTo(201);
		// 1 March + 12 weeks = 24 May: Thursdays 4 March … 20 May.
		assertThat((Integer) read(made, "$.sessionsCreated")).isEqualTo(12);
		assertThat((String) read(made, "$.timeZone")).isEqualTo("Europe/Berlin");
		for (Signed who : p) {
			this.mvc
				.perform(get("/api/v1/sessions").param("from", "2027-03-01")
					.param("to", "2027-04-08")
					.with(bearer(who.token())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(6)))
				.andExpect(jsonPath("$[0].startsAt").value("2027-03-04T17:00:00Z"))
				.andExpect(jsonPath("$[3].startsAt").value("2027-03-25T17:00:00Z"))
				.andExpect(jsonPath("$[4].startsAt").value("2027-04-01T16:00:00Z"))
				.andExpect(jsonPath("$[4].endsAt").value("2027-04-01T16:50:00Z"))
				.andExpect(jsonPath("$[4].status").value("SCHEDULED"))
				.andExpect(jsonPath("$[4].kind").value("REGULAR"))
				.andExpect(jsonPath("$[4].clientId").value(p[1].id().toString()))
				.andExpect(jsonPath("$[4].therapistId").value(p[0].id().toString()));
		}
		// The client's calendar days are New York days: 4 March 18:00 Berlin is noon
		// there.
		this.mvc
			.perform(get("/api/v1/sessions").param("from", "2027-03-04")
				.param("to", "2027-03-04")
				.with(bearer(p[1].token())))
			.andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void sessionsAreKeptTwelveWeeksAheadAsTimePasses() throws Exception {
		this.clock.set(Instant.parse("2027-01-04T08:00:00Z"));
		Signed[] p = pair("Europe/Berlin", "Europe/Berlin");
		standing(p[0], p[1], "{\"weekday\":\"MONDAY\",\"startTime\":\"10:00\",\"durationMinutes\":50,"
				+ "\"everyWeeks\":2,\"startDate\":\"2027-01-04\"}");
		String to = "2027-12-31";
		List<String> before = JsonPathList.of(this.mvc
			.perform(get("/api/v1/sessions").param("from", "2027-01-01").param("to", to).with(bearer(p[1].token())))
			.andReturn(), "$[*].startsAt");
		// 4 Jan … 29 Mar (horizon 29 Mar) every other week: 7 sessions.
		assertThat(before).hasSize(7).last().isEqualTo("2027-03-29T08:00:00Z");
		this.clock.advance(Duration.ofDays(14));
		this.sessions.extendStandingAppointments();
		List<String> after = JsonPathList.of(this.mvc
			.perform(get("/api/v1/sessions").param("from", "2027-01-01").param("to", to).with(bearer(p[1].token())))
			.andReturn(), "$[*].startsAt");
		// 10:00 in Berlin: 09:00 UTC in winter, 08:00 UTC from 28 March.
		assertThat(after).hasSize(8).first().isEqualTo("2027-01-04T09:00:00Z");
		assertThat(after).last().isEqualTo("2027-04-12T08:00:00Z");
	}

	@Test
	void overlappingSessionsOfOneTherapistAreRefusedWholeAndNothingIsStored() throws Exception {
		Instant now = Instant.parse("2027-02-01T08:00:00Z");
		this.clock.set(now);
		Signed[] p = pair("Europe/Berlin", "Europe/Berlin");
		Signed other = person("CLIENT", "Europe/Berlin");
		link(p[0], other);
		// A one-off on Wednesday 17 Feb 10:30–11:20 Berlin.
		book(p[0], other, Instant.parse("2027-02-17T09:30:00Z"), 50);
		MvcResult clash = standing(p[0], p[1], "{\"weekday\":\"WEDNESDAY\",\"startTime\":\"10:00\","
				+ "\"durationMinutes\":50,\"everyWeeks\":1,\"startDate\":\"2027-02-03\"}");
		assertThat(clash.getResponse().getStatus()).isEqualTo(409);
		problem(409).match(clash);
		this.mvc.perform(get("/api/v1/sessions").with(bearer(p[1].token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/api/v1/clients/{id}/standing-appointments", p[1].id()).with(bearer(p[0].token())))
			.andExpect(jsonPath("$", hasSize(0)));
		// Back to back is fine; one minute into the other is not.
		book(p[0], p[1], Instant.parse("2027-02-17T10:20:00Z"), 50);
		this.mvc
			.perform(postJson("/api/v1/clients/{id}/sessions",
					"{\"startsAt\":\"2027-02-17T11:09:00Z\",\"durationMinutes\":50}", p[1].id())
				.with(bearer(p[0].token())))
			.andExpect(problem(409));
	}

	@Test
	void badInputIsNamedAndChangesNothing() throws Exception {
		this.clock.set(Instant.parse("2027-02-01T08:00:00Z"));
		Signed[] p = pair("Europe/Berlin", "Europe/Berlin");
		MvcResult past = standing(p[0], p[1], "{\"weekday\":\"MONDAY\",\"startTime\":\"10:00\","
				+ "\"durationMinutes\":50,\"everyWeeks\":1,\"startDate\":\"2027-01-31\"}");
		assertThat(past.getResponse().getStatus()).isEqualTo(400);
		assertThat(errorFields(past)).containsExactly("startDate");
		MvcResult bad = standing(p[0], p[1], "{\"weekday\":\"MONDAY\",\"startTime\":\"25:00\","
				+ "\"durationMinutes\":5,\"everyWeeks\":3,\"startDate\":\"2027-03-01\",\"endDate\":\"2027-02-20\","
				+ "\"videoLink\":\"http://example.org/room\"}");
		assertThat(bad.getResponse().getStatus()).isEqualTo(400);
		assertThat(errorFields(bad)).containsExactlyInAnyOrder("startTime", "durationMinutes", "everyWeeks", "endDate",
				"videoLink");
		MvcResult missing = standing(p[0], p[1], "{}");
		assertThat(errorFields(missing)).contains("weekday", "startTime", "durationMinutes", "everyWeeks", "startDate");
		assertThat(standing(p[0], p[1], "{\"weekday\":\"FUNDAY\"}").getResponse().getStatus()).isEqualTo(400);
		assertThat(standing(p[0], p[1], "{\"weekday\":1}").getResponse().getStatus()).isEqualTo(400);
		MvcResult longAgo = this.mvc
			.perform(postJson("/api/v1/clients/{id}/sessions",
					"{\"startsAt\":\"2026-12-31T10:00:00Z\",\"durationMinutes\":50}", p[1].id())
				.with(bearer(p[0].token())))
			.andReturn();
		assertThat(errorFields(longAgo)).containsExactly("startsAt");
		this.mvc.perform(get("/api/v1/sessions").param("from", "2027-13-01").with(bearer(p[1].token())))
			.andExpect(problem(400));
		this.mvc
			.perform(get("/api/v1/sessions").param("from", "2027-03-01")
				.param("to", "2027-02-01")
				.with(bearer(p[1].token())))
			.andExpect(problem(400));
		this.mvc
			.perform(get("/api/v1/sessions").param("from", "2027-01-01")
				.param("to", "2028-12-31")
				.with(bearer(p[1].token())))
			.andExpect(problem(400));
		this.mvc
			.perform(get("/api/v1/sessions").param("from", "2027-01-01")
				.param("to", "2027-12-31")
				.with(bearer(p[1].token())))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void aSessionThatWasHeldCanBeRecordedUpToThirtyDaysLater() throws Exception {
		this.clock.set(Instant.parse("2027-02-01T08:00:00Z"));
		Signed[] p = pair("Europe/Berlin", "Europe/Berlin");
		String id = book(p[0], p[1], Instant.parse("2027-01-05T10:00:00Z"), 50);
		this.mvc.perform(get("/api/v1/sessions/{id}", id).with(bearer(p[1].token())))
			.andExpect(jsonPath("$.status").value("HELD"));
	}

	@Test
	void theTherapistsCancellationCostsNothingAndOffersAMakeUp() throws Exception {
		this.clock.set(Instant.parse("2027-02-01T08:00:00Z"));
		Signed[] p = pair("Europe/Berlin", "Europe/Berlin");
		String id = book(p[0], p[1], Instant.parse("2027-02-01T10:00:00Z"), 50);
		this.mvc
			.perform(postJson("/api/v1/sessions/{id}/cancel", "{\"reason\":\"I am ill\"}", id)
				.with(bearer(p[0].token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED_BY_THERAPIST"))
			.andExpect(jsonPath("$.fee").value(0))
			.andExpect(jsonPath("$.makeUpOffered").value(true));
		this.mvc.perform(get("/api/v1/sessions/{id}", id).with(bearer(p[1].token())))
			.andExpect(jsonPath("$.status").value("CANCELLED_BY_THERAPIST"))
			.andExpect(jsonPath("$.cancellation.reason").value("I am ill"));
		// The client is told by e-mail, with a link and without the reason.
		assertThat(this.jdbc.queryForList("select body from notify_outbox where recipient = ?", String.class,
				p[1].email()))
			.singleElement()
			.satisfies(
					(body) -> assertThat(body).contains("/sessions/" + id, "not charged").doesNotContain("I am ill"));
		// Twice: 409; a make-up names it.
		this.mvc.perform(post("/api/v1/sessions/{id}/cancel", id).with(bearer(p[1].token()))).andExpect(problem(409));
		this.mvc
			.perform(postJson("/api/v1/clients/{id}/sessions",
					"{\"startsAt\":\"2027-02-03T10:00:00Z\",\"durationMinutes\":50,\"kind\":\"MAKE_UP\","
							+ "\"makeUpFor\":\"" + id + "\"}",
					p[1].id())
				.with(bearer(p[0].token())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("MAKE_UP"));
		// The cancelled slot is free again for another session.
		book(p[0], p[1], Instant.parse("2027-02-01T10:00:00Z"), 50);
	}

	@Test
	void aClientCancellationWithoutAPolicyIsFreeAndASessionThatBeganCannotBeCancelled() throws Exception {
		this.clock.set(Instant.parse("2027-02-01T08:00:00Z"));
		Signed[] p = pair("Europe/Berlin", "Europe/Berlin");
		String soon = book(p[0], p[1], Instant.parse("2027-02-01T09:00:00Z"), 50);
		String begun = book(p[0], p[1], Instant.parse("2027-02-01T07:30:00Z"), 50);
		this.mvc.perform(get("/api/v1/sessions/{id}/cancellation", soon).with(bearer(p[1].token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.late").value(false))
			.andExpect(jsonPath("$.policyVersion").isEmpty());
		this.mvc.perform(get("/api/v1/sessions/{id}", soon).with(bearer(p[1].token())))
			.andExpect(jsonPath("$.status").value("SCHEDULED"));
		this.mvc.perform(post("/api/v1/sessions/{id}/cancel", soon).with(bearer(p[1].token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED_BY_CLIENT"))
			.andExpect(jsonPath("$.fee").value(0));
		this.mvc.perform(post("/api/v1/sessions/{id}/cancel", begun).with(bearer(p[1].token())))
			.andExpect(problem(422));
		// Begun before it was booked and still on: not held until the therapist says so
		// (issue 16).
		this.mvc.perform(get("/api/v1/sessions/{id}", begun).with(bearer(p[1].token())))
			.andExpect(jsonPath("$.status").value("SCHEDULED"));
		String tooLong = "x".repeat(1001);
		String later = book(p[0], p[1], Instant.parse("2027-02-08T09:00:00Z"), 50);
		this.mvc
			.perform(postJson("/api/v1/sessions/{id}/cancel", toJson(Map.of("reason", tooLong)), later)
				.with(bearer(p[1].token())))
			.andExpect(problem(400));
		this.mvc.perform(get("/api/v1/sessions/{id}", later).with(bearer(p[1].token())))
			.andExpect(jsonPath("$.status").value("SCHEDULED"));
	}

	@Test
	void attendanceAndPunctualityAreSeenByBoth() throws Exception {
		Instant start = Instant.parse("2027-02-01T09:00:00Z");
		this.clock.set(start.minus(Duration.ofHours(1)));
		Signed[] p = pair("Europe/Berlin", "Europe/Berlin");
		String first = book(p[0], p[1], start, 50);
		String second = book(p[0], p[1], start.plus(Duration.ofHours(2)), 50);
		// One tap at 09:07 (late), one at 09:52 (cut short by 5: not counted).
		this.clock.set(start.plus(Duration.ofMinutes(7)));
		this.mvc.perform(post("/api/v1/sessions/{id}/started", first).with(bearer(p[0].token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HELD"))
			.andExpect(jsonPath("$.startedAt").value("2027-02-01T09:07:00Z"));
		this.clock.set(start.plus(Duration.ofMinutes(52)));
		this.mvc.perform(post("/api/v1/sessions/{id}/ended", first).with(bearer(p[0].token())))
			.andExpect(jsonPath("$.endedAt").value("2027-02-01T09:52:00Z"));
		// The second, recorded by hand afterwards: on time, 30 minutes.
		this.clock.set(start.plus(Duration.ofHours(4)));
		this.mvc
			.perform(postJson("/api/v1/sessions/{id}/attendance",
					"{\"startedAt\":\"2027-02-01T11:00:00Z\",\"endedAt\":\"2027-02-01T11:30:00Z\"}", second)
				.with(bearer(p[0].token())))
			.andExpect(status().isOk());
		for (Signed who : p) {
			this.mvc
				.perform(get("/api/v1/punctuality").param("clientId", p[1].id().toString()).with(bearer(who.token())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.held").value(2))
				.andExpect(jsonPath("$.startedLate").value(1))
				.andExpect(jsonPath("$.cutShort").value(1))
				.andExpect(jsonPath("$.minutesLost").value(5 + 20));
		}
		// Bad times: in the future, end before start.
		MvcResult bad = this.mvc
			.perform(postJson("/api/v1/sessions/{id}/attendance",
					"{\"startedAt\":\"2027-02-01T14:00:00Z\",\"endedAt\":\"2027-02-01T13:00:00Z\"}", second)
				.with(bearer(p[0].token())))
			.andReturn();
		assertThat(errorFields(bad)).containsExactlyInAnyOrder("startedAt", "endedAt");
		// The client cannot record times.
		this.mvc.perform(post("/api/v1/sessions/{id}/started", first).with(bearer(p[1].token())))
			.andExpect(problem(404));
	}

	@Test
	void theTherapistsApiReadsOfAClientsSessionsAreInTheClientsAccessLog() throws Exception {
		this.clock.set(Instant.parse("2027-02-01T08:00:00Z"));
		Signed[] p = pair("Europe/Berlin", "Europe/Berlin");
		this.mvc.perform(get("/api/v1/clients/{id}/standing-appointments", p[1].id()).with(bearer(p[0].token())))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/punctuality").param("clientId", p[1].id().toString()).with(bearer(p[0].token())))
			.andExpect(status().isOk());
		// The client's own reads are not a therapist's read.
		this.mvc.perform(get("/api/v1/punctuality").with(bearer(p[1].token()))).andExpect(status().isOk());

		Integer reads = this.jdbc.queryForObject(
				"select count(*) from audit_log where actor_id = ? and action = 'SESSIONS_READ' and subject_id = ?",
				Integer.class, p[0].id(), p[1].id());
		assertThat(reads).isEqualTo(2);
		this.mvc.perform(get("/api/v1/me/access-log").with(bearer(p[1].token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].action").value("SESSIONS_READ"));
	}

	@Test
	void aMissedSessionIsRecordedAfterItsStartOnly() throws Exception {
		Instant start = Instant.parse("2027-02-01T09:00:00Z");
		this.clock.set(start.minus(Duration.ofHours(1)));
		Signed[] p = pair("Europe/Berlin", "Europe/Berlin");
		String id = book(p[0], p[1], start, 50);
		this.mvc.perform(post("/api/v1/sessions/{id}/no-show", id).with(bearer(p[0].token()))).andExpect(problem(422));
		this.clock.set(start.plus(Duration.ofMinutes(20)));
		this.mvc.perform(post("/api/v1/sessions/{id}/no-show", id).with(bearer(p[0].token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("NO_SHOW"));
	}

	@Test
	void everyEndpointAnswers404ToEveryoneElse() throws Exception {
		this.clock.set(Instant.parse("2027-02-01T08:00:00Z"));
		Signed[] p = pair("Europe/Berlin", "Europe/Berlin");
		Signed otherTherapist = person("THERAPIST", "Europe/Berlin");
		Signed otherClient = person("CLIENT", "Europe/Berlin");
		link(otherTherapist, otherClient);
		String id = book(p[0], p[1], Instant.parse("2027-02-02T10:00:00Z"), 50);
		String standingId = read(standing(p[0], p[1], "{\"weekday\":\"FRIDAY\",\"startTime\":\"10:00\","
				+ "\"durationMinutes\":50,\"everyWeeks\":1,\"startDate\":\"2027-02-05\"}"), "$.id");
		for (Signed stranger : List.of(otherTherapist, otherClient)) {
			String t = stranger.token();
			this.mvc.perform(get("/api/v1/sessions/{id}", id).with(bearer(t))).andExpect(problem(404));
			this.mvc.perform(get("/api/v1/sessions/{id}/cancellation", id).with(bearer(t))).andExpect(problem(404));
			this.mvc.perform(post("/api/v1/sessions/{id}/cancel", id).with(bearer(t))).andExpect(problem(404));
			this.mvc.perform(post("/api/v1/sessions/{id}/started", id).with(bearer(t))).andExpect(problem(404));
			this.mvc.perform(post("/api/v1/sessions/{id}/ended", id).with(bearer(t))).andExpect(problem(404));
			this.mvc.perform(post("/api/v1/sessions/{id}/no-show", id).with(bearer(t))).andExpect(problem(404));
			this.mvc
				.perform(postJson("/api/v1/sessions/{id}/attendance", "{\"startedAt\":\"2027-02-01T07:00:00Z\"}", id)
					.with(bearer(t)))
				.andExpect(problem(404));
			this.mvc
				.perform(put("/api/v1/sessions/{id}/video-link", id).contentType("application/json")
					.content("{\"videoLink\":\"https://video.example/x\"}")
					.with(bearer(t)))
				.andExpect(problem(404));
			this.mvc.perform(delete("/api/v1/standing-appointments/{id}", standingId).with(bearer(t)))
				.andExpect(problem(404));
			this.mvc
				.perform(postJson("/api/v1/clients/{id}/sessions",
						"{\"startsAt\":\"2027-03-02T10:00:00Z\",\"durationMinutes\":50}", p[1].id())
					.with(bearer(t)))
				.andExpect(problem(404));
			this.mvc.perform(postJson("/api/v1/clients/{id}/standing-appointments", "{}", p[1].id()).with(bearer(t)))
				.andExpect(problem(404));
			this.mvc.perform(get("/api/v1/clients/{id}/standing-appointments", p[1].id()).with(bearer(t)))
				.andExpect(problem(404));
			this.mvc.perform(get("/api/v1/punctuality").param("clientId", p[1].id().toString()).with(bearer(t)))
				.andExpect(problem(404));
			this.mvc.perform(get("/api/v1/sessions").param("from", "2027-02-01").with(bearer(t)))
				.andExpect(jsonPath("$", hasSize(0)));
		}
		this.mvc.perform(get("/api/v1/sessions")).andExpect(problem(401));
		// Nothing changed for the two it belongs to.
		this.mvc.perform(get("/api/v1/sessions/{id}", id).with(bearer(p[1].token())))
			.andExpect(jsonPath("$.status").value("SCHEDULED"))
			.andExpect(jsonPath("$.videoLink").isEmpty());
		this.mvc.perform(delete("/api/v1/standing-appointments/{id}", standingId).with(bearer(p[0].token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.removedSessions").value(12));
	}

	/** JsonPath's list reads, typed. */
	private static final class JsonPathList {

		static List<String> of(MvcResult result, String path) throws Exception {
			return read(result, path);
		}

	}

}
