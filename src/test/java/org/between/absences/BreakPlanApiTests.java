package org.between.absences;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.between.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API.md "additions (second wave)": {@code GET|PUT /api/v1/absences/{id}/break-plan}, the
 * therapist's {@code …/break-plan/{clientId}/note} and reads, and {@code GET
 * /api/v1/cover}: the JSON, 400 naming every field, 403 for the wrong role, 404 for
 * anyone else's, and the cover's reads only inside the days.
 */
class BreakPlanApiTests extends WebTest {

	/** WebTest's people live in Vienna. */
	private static LocalDate inDays(int days) {
		return LocalDate.now(ZoneId.of("Europe/Vienna")).plusDays(days);
	}

	/**
	 * A therapist with a colleague covering, a linked client, and time away in 20 days.
	 */
	private record Setting(Signed therapist, Signed cover, Signed client, String absenceId) {
	}

	private Setting setting() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed cover = therapistWithTotp();
		this.mvc
			.perform(postJson("/api/v1/therapists/colleagues", toJson(Map.of("email", cover.email())))
				.with(bearer(therapist.token())))
			.andExpect(status().is2xxSuccessful());
		Signed client = client();
		link(therapist, client);
		MvcResult created = this.mvc
			.perform(postJson("/api/v1/absences",
					toJson(Map.of("startDate", inDays(20).toString(), "endDate", inDays(22).toString(),
							"coveringTherapistId", cover.id().toString(), "coverageNote", "Call 01 234 56",
							"messageToClients", "I'm here.", "emergency", false)))
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();
		return new Setting(therapist, cover, client, read(created, "$.id"));
	}

	private String skill(Signed client) throws Exception {
		return read(this.mvc.perform(get("/api/v1/skills").with(bearer(client.token()))).andReturn(), "$[0].id");
	}

	private MvcResult putPlan(Signed who, String absenceId, Object body, int status) throws Exception {
		return this.mvc
			.perform(put("/api/v1/absences/{id}/break-plan", absenceId).contentType(MediaType.APPLICATION_JSON)
				.content(toJson(body))
				.with(bearer(who.token())))
			.andExpect(status().is(status))
			.andReturn();
	}

	private Map<String, Object> plan(String skill, boolean cover, boolean therapist) {
		return Map.of("skills", List.of(skill), "people", List.of(Map.of("name", "Sam", "phone", "+43 1 234")), "note",
				"Sundays I check in with myself.", "shareWithCover", cover, "shareWithTherapist", therapist);
	}

	private void moveIntoTheAbsence() {
		this.clock.set(inDays(21).atTime(12, 0).atZone(ZoneId.of("Europe/Vienna")).toInstant());
	}

	@Test
	void theClientWritesAndReadsTheirPlan() throws Exception {
		Setting s = setting();
		this.mvc.perform(get("/api/v1/absences/{id}/break-plan", s.absenceId()).with(bearer(s.client().token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.absenceId").value(s.absenceId()))
			.andExpect(jsonPath("$.skills", hasSize(0)))
			.andExpect(jsonPath("$.people", hasSize(0)))
			.andExpect(jsonPath("$.shareWithCover").value(false))
			.andExpect(jsonPath("$.updatedAt").doesNotExist());
		String skill = skill(s.client());
		putPlan(s.client(), s.absenceId(), plan(skill, true, false), 200);
		this.mvc.perform(get("/api/v1/absences/{id}/break-plan", s.absenceId()).with(bearer(s.client().token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.skills[0]").value(skill))
			.andExpect(jsonPath("$.pickedSkills[0].name").isString())
			.andExpect(jsonPath("$.people[0].name").value("Sam"))
			.andExpect(jsonPath("$.people[0].phone").value("+43 1 234"))
			.andExpect(jsonPath("$.note").value("Sundays I check in with myself."))
			.andExpect(jsonPath("$.shareWithCover").value(true))
			.andExpect(jsonPath("$.shareWithTherapist").value(false))
			.andExpect(jsonPath("$.updatedAt").isString());
	}

	@Test
	void badFieldsAre400AllAtOnce() throws Exception {
		Setting s = setting();
		MvcResult result = putPlan(s.client(), s.absenceId(),
				Map.of("skills", List.of("00000000-0000-0000-0000-000000000001"), "people",
						List.of(Map.of("name", "", "phone", "12"), Map.of("name", "Al", "phone", "ring me")), "note",
						"x".repeat(2001)),
				400);
		assertThat(errorFields(result)).containsExactly("skills[0]", "people[0].name", "people[1].phone", "note");
		this.mvc
			.perform(put("/api/v1/absences/{id}/break-plan/{clientId}/note", s.absenceId(), s.client().id())
				.contentType(MediaType.APPLICATION_JSON)
				.content(toJson(Map.of("note", "y".repeat(2001))))
				.with(bearer(s.therapist().token())))
			.andExpect(problem(400));
	}

	@Test
	void sharingWithACoverWhereNoOneCoversIs400() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		String id = read(this.mvc
			.perform(postJson("/api/v1/absences",
					toJson(Map.of("startDate", inDays(20).toString(), "endDate", inDays(22).toString())))
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andReturn(), "$.id");
		assertThat(errorFields(putPlan(client, id, Map.of("shareWithCover", true), 400)))
			.containsExactly("shareWithCover");
	}

	@Test
	void anotherClientTheTherapistAndAnotherTherapistGet404Or403() throws Exception {
		Setting s = setting();
		Signed otherTherapist = therapistWithTotp();
		Signed otherClient = client();
		link(otherTherapist, otherClient);
		Signed unlinked = client();
		String path = "/api/v1/absences/{id}/break-plan";
		this.mvc.perform(get(path, s.absenceId()).with(bearer(otherClient.token()))).andExpect(problem(404));
		this.mvc.perform(get(path, s.absenceId()).with(bearer(unlinked.token()))).andExpect(problem(404));
		putPlan(otherClient, s.absenceId(), Map.of(), 404);
		this.mvc.perform(get(path, s.absenceId()).with(bearer(s.therapist().token()))).andExpect(problem(403));
		String note = "/api/v1/absences/{id}/break-plan/{clientId}/note";
		this.mvc
			.perform(put(note, s.absenceId(), s.client().id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"Hi\"}")
				.with(bearer(otherTherapist.token())))
			.andExpect(problem(404));
		this.mvc
			.perform(put(note, s.absenceId(), otherClient.id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"Hi\"}")
				.with(bearer(s.therapist().token())))
			.andExpect(problem(404));
		this.mvc
			.perform(put(note, s.absenceId(), s.client().id()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"Hi\"}")
				.with(bearer(s.client().token())))
			.andExpect(problem(403));
		this.mvc.perform(get("/api/v1/absences/{id}/break-plans", s.absenceId()).with(bearer(otherTherapist.token())))
			.andExpect(problem(404));
		this.mvc
			.perform(get("/api/v1/absences/{id}/break-plan/{clientId}", s.absenceId(), s.client().id())
				.with(bearer(otherTherapist.token())))
			.andExpect(problem(404));
		this.mvc.perform(get("/api/v1/cover").with(bearer(s.client().token()))).andExpect(problem(403));
	}

	@Test
	void afterTheEndThePlanIs404() throws Exception {
		Setting s = setting();
		this.clock.set(inDays(23).atStartOfDay(ZoneId.of("Europe/Vienna")).toInstant());
		this.mvc.perform(get("/api/v1/absences/{id}/break-plan", s.absenceId()).with(bearer(s.client().token())))
			.andExpect(problem(404));
	}

	@Test
	void theTherapistWritesANoteAndReadsTheSharedPlan() throws Exception {
		Setting s = setting();
		this.mvc
			.perform(put("/api/v1/absences/{id}/break-plan/{clientId}/note", s.absenceId(), s.client().id())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"You know your steps.\"}")
				.with(bearer(s.therapist().token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.note").value("You know your steps."))
			.andExpect(jsonPath("$.writtenAt").isString());
		String list = "/api/v1/absences/{id}/break-plans";
		this.mvc.perform(get(list, s.absenceId()).with(bearer(s.therapist().token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].clientId").value(s.client().id().toString()))
			.andExpect(jsonPath("$[0].therapistNote").value("You know your steps."))
			.andExpect(jsonPath("$[0].shared").value(false))
			.andExpect(jsonPath("$[0].plan").doesNotExist());
		this.mvc.perform(get("/api/v1/absences/{id}/break-plan", s.absenceId()).with(bearer(s.client().token())))
			.andExpect(jsonPath("$.therapistNote").value("You know your steps."));

		putPlan(s.client(), s.absenceId(), plan(skill(s.client()), false, true), 200);
		this.mvc.perform(get(list, s.absenceId()).with(bearer(s.therapist().token())))
			.andExpect(jsonPath("$[0].shared").value(true))
			.andExpect(jsonPath("$[0].plan.note").value("Sundays I check in with myself."));
	}

	@Test
	void theCoverReadsWhatWasSharedDuringTheAbsenceOnly() throws Exception {
		Setting s = setting();
		putPlan(s.client(), s.absenceId(), plan(skill(s.client()), true, false), 200);
		String one = "/api/v1/cover/{absenceId}/clients/{clientId}";

		this.mvc.perform(get("/api/v1/cover").with(bearer(s.cover().token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].absenceId").value(s.absenceId()))
			.andExpect(jsonPath("$[0].therapistName").value(s.therapist().account().displayName()))
			.andExpect(jsonPath("$[0].coverageNote").value("Call 01 234 56"))
			.andExpect(jsonPath("$[0].now").value(false))
			.andExpect(jsonPath("$[0].clients", hasSize(0)));
		this.mvc.perform(get(one, s.absenceId(), s.client().id()).with(bearer(s.cover().token())))
			.andExpect(problem(404));

		moveIntoTheAbsence();
		this.mvc.perform(get("/api/v1/cover").with(bearer(s.cover().token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].now").value(true))
			.andExpect(jsonPath("$[0].clients[0].clientId").value(s.client().id().toString()))
			.andExpect(jsonPath("$[0].clients[0].breakPlan.note").value("Sundays I check in with myself."))
			.andExpect(jsonPath("$[0].clients[0].safetyPlan.version").value(0));
		this.mvc.perform(get(one, s.absenceId(), s.client().id()).with(bearer(s.cover().token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.breakPlan.people[0].name").value("Sam"));
		this.mvc.perform(get(one, s.absenceId(), s.client().id()).with(bearer(s.therapist().token())))
			.andExpect(problem(404));
		this.mvc.perform(get("/api/v1/cover").with(bearer(s.therapist().token()))).andExpect(jsonPath("$", hasSize(0)));

		this.clock.set(inDays(23).atStartOfDay(ZoneId.of("Europe/Vienna")).toInstant());
		this.mvc.perform(get("/api/v1/cover").with(bearer(s.cover().token()))).andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get(one, s.absenceId(), s.client().id()).with(bearer(s.cover().token())))
			.andExpect(problem(404));
	}

}
