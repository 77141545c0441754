package org.between.absences;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.between.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API.md "sessions and frame": {@code POST|GET /api/v1/absences}, {@code GET|DELETE
 * /api/v1/absences/{id}}: the JSON, 400/422 problems, 403 for a client's announcement,
 * 404 for another therapist's absence.
 */
class AbsencesApiTests extends WebTest {

	/** WebTest's people live in Vienna. */
	private static LocalDate inDays(int days) {
		return LocalDate.now(ZoneId.of("Europe/Vienna")).plusDays(days);
	}

	private String body(LocalDate start, LocalDate end, String cover, boolean emergency) {
		return toJson(Map.of("startDate", start.toString(), "endDate", end.toString(), "coveringTherapistId",
				(cover != null) ? cover : "", "coverageNote", "Call 01 234 56, weekdays 9 to 5", "messageToClients",
				"I'm here.", "emergency", emergency))
			.replace("\"coveringTherapistId\":\"\"", "\"coveringTherapistId\":null");
	}

	private MvcResult announce(Signed therapist, String body, int status) throws Exception {
		return this.mvc.perform(postJson("/api/v1/absences", body).with(bearer(therapist.token())))
			.andExpect(status().is(status))
			.andReturn();
	}

	@Test
	void aTherapistAnnouncesWithACoverAndReadsItBack() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed colleague = therapistWithTotp();
		this.mvc
			.perform(postJson("/api/v1/therapists/colleagues", toJson(Map.of("email", colleague.email())))
				.with(bearer(therapist.token())))
			.andExpect(status().is2xxSuccessful());
		MvcResult created = announce(therapist, body(inDays(20), inDays(33), colleague.id().toString(), false), 201);
		String id = read(created, "$.id");
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/absences/" + id);
		this.mvc.perform(get("/api/v1/absences/{id}", id).with(bearer(therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.startDate").value(inDays(20).toString()))
			.andExpect(jsonPath("$.endDate").value(inDays(33).toString()))
			.andExpect(jsonPath("$.timeZone").value("Europe/Vienna"))
			.andExpect(jsonPath("$.startsAt").isString())
			.andExpect(jsonPath("$.endsAt").isString())
			.andExpect(jsonPath("$.coveringTherapistId").value(colleague.id().toString()))
			.andExpect(jsonPath("$.coverName").value(colleague.account().displayName()))
			.andExpect(jsonPath("$.coverageNote").value("Call 01 234 56, weekdays 9 to 5"))
			.andExpect(jsonPath("$.messageToClients").value("I'm here."))
			.andExpect(jsonPath("$.emergency").value(false))
			.andExpect(jsonPath("$.announcedAt").isString())
			.andExpect(jsonPath("$.cancelledSessions").value(0));
		this.mvc.perform(get("/api/v1/absences").with(bearer(therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(id));
	}

	@Test
	void tooLittleNoticeIs422NamingTheEarliestFirstDay() throws Exception {
		Signed therapist = therapistWithTotp();
		this.mvc
			.perform(postJson("/api/v1/absences", body(inDays(13), inDays(15), null, false))
				.with(bearer(therapist.token())))
			.andExpect(problem(422))
			.andExpect(jsonPath("$.earliestStartDate").value(inDays(14).toString()))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(inDays(14).toString())))
			.andExpect(jsonPath("$.errors[0].field").value("startDate"));
		announce(therapist, body(inDays(0), inDays(2), null, true), 201);
	}

	@Test
	void badFieldsAre400AllAtOnce() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed stranger = therapistWithTotp();
		MvcResult result = this.mvc
			.perform(postJson("/api/v1/absences", body(inDays(-1), inDays(-3), stranger.id().toString(), true))
				.with(bearer(therapist.token())))
			.andExpect(problem(400))
			.andReturn();
		assertThat(errorFields(result)).containsExactly("startDate", "endDate", "coveringTherapistId");
		MvcResult tooLong = this.mvc
			.perform(postJson("/api/v1/absences",
					toJson(Map.of("startDate", inDays(20).toString(), "endDate", inDays(20).toString(),
							"messageToClients", "x".repeat(2001))))
				.with(bearer(therapist.token())))
			.andExpect(problem(400))
			.andReturn();
		assertThat(errorFields(tooLong)).containsExactly("messageToClients");
	}

	@Test
	void aClientMayNotAnnounceAndReadsTheirTherapistsWithoutTheCancelledSessions() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		this.mvc
			.perform(postJson("/api/v1/absences", body(inDays(20), inDays(22), null, false))
				.with(bearer(client.token())))
			.andExpect(problem(403));
		String id = read(announce(therapist, body(inDays(20), inDays(22), null, false), 201), "$.id");
		this.mvc.perform(get("/api/v1/absences").with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$[0].messageToClients").value("I'm here."))
			.andExpect(jsonPath("$[0].cancelledSessions").doesNotExist());
		this.mvc.perform(get("/api/v1/absences/{id}", id).with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cancelledSessions").doesNotExist());
		this.mvc.perform(delete("/api/v1/absences/{id}", id).with(bearer(client.token()))).andExpect(problem(403));
	}

	@Test
	void anotherTherapistsOrClientsAbsenceIsNotFound() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed other = therapistWithTotp();
		Signed otherClient = client();
		link(other, otherClient);
		String id = read(announce(therapist, body(inDays(20), inDays(22), null, false), 201), "$.id");
		this.mvc.perform(get("/api/v1/absences/{id}", id).with(bearer(other.token()))).andExpect(problem(404));
		this.mvc.perform(delete("/api/v1/absences/{id}", id).with(bearer(other.token()))).andExpect(problem(404));
		this.mvc.perform(get("/api/v1/absences/{id}", id).with(bearer(otherClient.token()))).andExpect(problem(404));
		this.mvc.perform(get("/api/v1/absences").with(bearer(otherClient.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void withdrawingIs204ThenAConflictAndOnceBegunA422() throws Exception {
		Signed therapist = therapistWithTotp();
		String id = read(announce(therapist, body(inDays(20), inDays(22), null, false), 201), "$.id");
		this.mvc.perform(delete("/api/v1/absences/{id}", id).with(bearer(therapist.token())))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/absences/{id}", id).with(bearer(therapist.token())))
			.andExpect(jsonPath("$.withdrawnAt").isString());
		this.mvc.perform(delete("/api/v1/absences/{id}", id).with(bearer(therapist.token()))).andExpect(problem(409));
		String today = read(announce(therapist, body(inDays(0), inDays(1), null, true), 201), "$.id");
		this.mvc.perform(delete("/api/v1/absences/{id}", today).with(bearer(therapist.token())))
			.andExpect(problem(422));
	}

	@Test
	void theAnnouncementCountsTheSessionsItCancelled() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		String startsAt = inDays(21).atTime(10, 0).atZone(ZoneId.of("Europe/Vienna")).toInstant().toString();
		this.mvc
			.perform(postJson("/api/v1/clients/" + client.id() + "/sessions",
					"{\"startsAt\":\"" + startsAt + "\",\"durationMinutes\":50}")
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated());
		MvcResult created = announce(therapist, body(inDays(20), inDays(22), null, false), 201);
		assertThat((Integer) read(created, "$.cancelledSessions")).isEqualTo(1);
		List<String> statuses = read(this.mvc
			.perform(get("/api/v1/sessions?from=" + inDays(20) + "&to=" + inDays(22)).with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(header().exists("Content-Type"))
			.andReturn(), "$[*].status");
		assertThat(statuses).containsExactly("CANCELLED_BY_THERAPIST");
	}

}
