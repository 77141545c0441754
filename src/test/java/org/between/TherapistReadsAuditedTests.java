package org.between;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.between.support.WebTest;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every therapist read of client data outside sessions writes its audit row in the
 * module's facade, so that the API route writes it as the page does: one row per read,
 * the therapist as actor and the client as subject.
 */
class TherapistReadsAuditedTests extends WebTest {

	Signed therapist;

	Signed client;

	@BeforeEach
	void pair() throws Exception {
		this.therapist = therapistWithTotp();
		this.client = client();
		linkSharingEverything(this.therapist, this.client);
	}

	int rows(String action) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_log where actor_id = ? and subject_id = ? and action = ?", Integer.class,
				this.therapist.id(), this.client.id(), action);
	}

	void readOnce(String action, String path, Object... variables) throws Exception {
		int before = rows(action);
		this.mvc.perform(get(path, variables).with(bearer(this.therapist.token()))).andExpect(status().isOk());
		assertThat(rows(action)).as(action + " rows after GET " + path).isEqualTo(before + 1);
	}

	@Test
	void aSharedJournalEntry() throws Exception {
		MvcResult entry = this.mvc
			.perform(postJson("/api/v1/journal",
					toJson(Map.of("body", "for you", "intensity", 4, "shareWithTherapist", true)))
				.with(bearer(this.client.token())))
			.andExpect(status().isCreated())
			.andReturn();
		readOnce("JOURNAL_ENTRY_READ", "/api/v1/clients/{clientId}/journal/{id}", this.client.id(),
				read(entry, "$.id"));
	}

	@Test
	void theQuestionnairesOneResponseAndItsFhirExport() throws Exception {
		MvcResult response = this.mvc
			.perform(postJson("/api/v1/measures/PHQ9/responses",
					toJson(Map.of("answers", List.of(1, 1, 1, 1, 1, 1, 1, 1, 0))))
				.with(bearer(this.client.token())))
			.andExpect(status().isCreated())
			.andReturn();
		String id = read(response, "$.id");
		readOnce("MEASURES_READ", "/api/v1/clients/{clientId}/measures", this.client.id());
		readOnce("MEASURE_RESPONSE_READ", "/api/v1/measures/responses/{id}", id);
		readOnce("MEASURE_RESPONSE_READ", "/api/v1/measures/responses/{id}/fhir", id);
	}

	@Test
	void theSharedSafetyPlanAndItsProposals() throws Exception {
		this.mvc
			.perform(put("/api/v1/safety-plan").contentType("application/json")
				.content("{\"copingStrategies\":[\"Slow breathing\"],\"sharedWithTherapist\":true}")
				.with(bearer(this.client.token())))
			.andExpect(status().isOk());
		readOnce("SAFETY_PLAN_READ", "/api/v1/clients/{clientId}/safety-plan", this.client.id());
		readOnce("SAFETY_PLAN_READ", "/api/v1/clients/{clientId}/safety-plan/proposals", this.client.id());
	}

	@Test
	void aSharedBreakPlan() throws Exception {
		String start = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Vienna")).plusDays(20).toString();
		MvcResult absence = this.mvc
			.perform(postJson("/api/v1/absences", toJson(Map.of("startDate", start, "endDate", start)))
				.with(bearer(this.therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();
		String id = read(absence, "$.id");
		this.mvc
			.perform(put("/api/v1/absences/{id}/break-plan", id).contentType("application/json")
				.content("{\"note\":\"Sundays I check in\",\"shareWithTherapist\":true}")
				.with(bearer(this.client.token())))
			.andExpect(status().isOk());
		readOnce("BREAK_PLAN_READ", "/api/v1/absences/{id}/break-plan/{clientId}", id, this.client.id());
		readOnce("BREAK_PLAN_READ", "/api/v1/absences/{id}/break-plans", id);
	}

	@Test
	void aSharedPortfolio() throws Exception {
		this.mvc
			.perform(put("/api/v1/portfolio").contentType("application/json")
				.content("{\"whatToDo\":[\"Call Jo\"],\"shareWithTherapist\":true}")
				.with(bearer(this.client.token())))
			.andExpect(status().isOk());
		readOnce("PORTFOLIO_READ", "/api/v1/clients/{clientId}/portfolio", this.client.id());
	}

	@Test
	void theInsights() throws Exception {
		readOnce("INSIGHTS_READ", "/api/v1/clients/{clientId}/insights/self-reliance", this.client.id());
	}

	@Test
	void theBriefIsOneRowForEverythingInIt() throws Exception {
		Instant at = this.clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
		MvcResult session = this.mvc
			.perform(postJson("/api/v1/clients/{clientId}/sessions".replace("{clientId}", this.client.id().toString()),
					toJson(Map.of("startsAt", at.toString(), "durationMinutes", 50, "kind", "REGULAR")))
				.with(bearer(this.therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();
		UUID id = UUID.fromString(read(session, "$.id"));
		int checkinReads = rows("CHECKINS_READ");
		readOnce("BRIEF_READ", "/api/v1/sessions/{id}/brief", id);
		assertThat(rows("CHECKINS_READ")).isEqualTo(checkinReads);
	}

}
