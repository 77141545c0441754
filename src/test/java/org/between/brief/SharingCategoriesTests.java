package org.between.brief;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.between.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each category of "What my therapist sees", end to end: what the client records reaches
 * the therapist's brief (JSON and page) and the therapist's endpoints exactly while the
 * client shares that category; otherwise the section says it is not shared and the
 * category's own endpoints answer 404.
 */
class SharingCategoriesTests extends WebTest {

	static final String BREATHING = BriefApiTests.BREATHING;

	/**
	 * A linked therapist and client (sharing nothing), the next session, and since the
	 * link: a check-in the safety rules flag, a practice and a PHQ-9 with item 9 at 1.
	 */
	record Setting(Signed therapist, Signed client, UUID next, UUID phq9) {
	}

	Setting setting() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MINUTES);
		MvcResult session = this.mvc
			.perform(
					postJson("/api/v1/clients/" + client.id() + "/sessions",
							toJson(Map.of("startsAt", now.plus(Duration.ofDays(1)).toString(), "durationMinutes", 50,
									"kind", "REGULAR")))
						.with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();
		this.mvc
			.perform(postJson("/api/v1/checkins",
					toJson(Map.of("mood", 3, "distress", 8, "urges", Map.of("SUICIDAL_THOUGHTS", 2, "SUBSTANCES", 1))))
				.with(bearer(client.token())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.safety.triggered").value(true));
		this.mvc
			.perform(postJson("/api/v1/skills/" + BREATHING + "/practices",
					toJson(Map.of("distressBefore", 7, "distressAfter", 4)))
				.with(bearer(client.token())))
			.andExpect(status().isCreated());
		MvcResult phq9 = this.mvc
			.perform(postJson("/api/v1/measures/PHQ9/responses",
					toJson(Map.of("answers", List.of(1, 1, 1, 1, 1, 1, 1, 1, 1))))
				.with(bearer(client.token())))
			.andExpect(status().isCreated())
			.andReturn();
		return new Setting(therapist, client, UUID.fromString(read(session, "$.id")),
				UUID.fromString(read(phq9, "$.id")));
	}

	MvcResult brief(Setting s) throws Exception {
		return this.mvc.perform(get("/api/v1/sessions/{id}/brief", s.next()).with(bearer(s.therapist().token())))
			.andExpect(status().isOk())
			.andReturn();
	}

	String briefPage(Setting s) throws Exception {
		return this.mvc.perform(get("/sessions/{id}/brief", s.next()).with(signedIn(s.therapist())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void withNothingSharedTheBriefSaysEachSectionIsNotSharedAndReadsNothing() throws Exception {
		Setting s = setting();
		this.mvc.perform(get("/api/v1/sessions/{id}/brief", s.next()).with(bearer(s.therapist().token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.checkins").value(nullValue()))
			.andExpect(jsonPath("$.riskFlags", hasSize(0)))
			.andExpect(jsonPath("$.measures", hasSize(0)))
			.andExpect(jsonPath("$.skills", hasSize(0)))
			.andExpect(jsonPath("$.sharing.checkins").value(false))
			.andExpect(jsonPath("$.sharing.riskFlags").value(false))
			.andExpect(jsonPath("$.sharing.measures").value(false))
			.andExpect(jsonPath("$.sharing.skills").value(false))
			.andExpect(jsonPath("$.sharing.insights").value(false));
		String page = briefPage(s);
		assertThat(page)
			.contains("data-testid=\"brief-checkins-not-shared\"", "data-testid=\"brief-risk-not-shared\"",
					"data-testid=\"brief-measures-not-shared\"", "data-testid=\"brief-skills-not-shared\"")
			.contains("does not share safety flags with you")
			.doesNotContain("No safety flags in this time");
	}

	@Test
	void checkinTrendsAndUrgesReachTheBriefOnlyWhileShared() throws Exception {
		Setting s = setting();
		share(s.client(), true, false, false, false, false);
		this.mvc.perform(get("/api/v1/sessions/{id}/brief", s.next()).with(bearer(s.therapist().token())))
			.andExpect(jsonPath("$.checkins.count").value(1))
			// Risk flags are a category of their own, and so are the peaks of suicidal
			// thoughts and self-harm urges.
			.andExpect(jsonPath("$.checkins.highestUrges[*].urge", contains("SUBSTANCES")))
			.andExpect(jsonPath("$.riskFlags", hasSize(0)))
			.andExpect(jsonPath("$.measures", hasSize(0)));
		assertThat(briefPage(s)).doesNotContain("brief-checkins-not-shared").contains("brief-risk-not-shared");

		share(s.client(), true, true, false, false, false);
		this.mvc.perform(get("/api/v1/sessions/{id}/brief", s.next()).with(bearer(s.therapist().token())))
			.andExpect(jsonPath("$.checkins.highestUrges[*].urge", contains("SUICIDAL_THOUGHTS", "SUBSTANCES")));

		share(s.client(), false, false, false, false, false);
		this.mvc.perform(get("/api/v1/sessions/{id}/brief", s.next()).with(bearer(s.therapist().token())))
			.andExpect(jsonPath("$.checkins").value(nullValue()));
	}

	@Test
	void riskFlagsReachTheBriefOnlyWhileSharedWithTheirDates() throws Exception {
		Setting s = setting();
		share(s.client(), false, true, false, false, false);
		this.mvc.perform(get("/api/v1/sessions/{id}/brief", s.next()).with(bearer(s.therapist().token())))
			.andExpect(jsonPath("$.riskFlags", hasSize(2)))
			.andExpect(jsonPath("$.riskFlags[?(@.source == 'CHECKIN')].suicidalThoughts").value(2))
			.andExpect(jsonPath("$.riskFlags[?(@.source == 'PHQ9_ITEM_9')].phq9Item9").value(1))
			.andExpect(jsonPath("$.riskFlags[0].date").isString())
			// The check-ins and questionnaires behind them stay unshared.
			.andExpect(jsonPath("$.checkins").value(nullValue()))
			.andExpect(jsonPath("$.measures", hasSize(0)));
		assertThat(briefPage(s)).doesNotContain("brief-risk-not-shared").contains("brief-checkins-not-shared");
		this.mvc.perform(get("/api/v1/clients/{id}/measures", s.client().id()).with(bearer(s.therapist().token())))
			.andExpect(problem(404));

		share(s.client(), false, false, false, false, false);
		this.mvc.perform(get("/api/v1/sessions/{id}/brief", s.next()).with(bearer(s.therapist().token())))
			.andExpect(jsonPath("$.riskFlags", hasSize(0)));
	}

	@Test
	void questionnairesReachTheBriefAndTheTherapistsEndpointsOnlyWhileShared() throws Exception {
		Setting s = setting();
		UUID client = s.client().id();
		String token = s.therapist().token();
		this.mvc.perform(get("/api/v1/clients/{id}/measures", client).with(bearer(token))).andExpect(problem(404));
		this.mvc.perform(get("/api/v1/measures/responses/{id}", s.phq9()).with(bearer(token))).andExpect(problem(404));
		this.mvc.perform(get("/api/v1/measures/responses/{id}/fhir", s.phq9()).with(bearer(token)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clients/{id}/measures", client).with(signedIn(s.therapist())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"measures-not-shared\"")))
			.andExpect(content().string(not(containsString("data-chart="))));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where subject_id = ? and action in ('MEASURES_READ', 'MEASURE_RESPONSE_READ')",
				Integer.class, client))
			.isZero();

		share(s.client(), false, false, true, false, false);
		this.mvc.perform(get("/api/v1/clients/{id}/measures", client).with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.shared").value(true))
			.andExpect(jsonPath("$.measures[0].responses", hasSize(1)));
		this.mvc.perform(get("/api/v1/measures/responses/{id}", s.phq9()).with(bearer(token)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/sessions/{id}/brief", s.next()).with(bearer(token)))
			.andExpect(jsonPath("$.measures", hasSize(1)))
			.andExpect(jsonPath("$.measures[0].code").value("PHQ9"))
			.andExpect(jsonPath("$.riskFlags", hasSize(0)));
		this.mvc.perform(get("/clients/{id}/measures", client).with(signedIn(s.therapist())))
			.andExpect(content().string(not(containsString("data-testid=\"measures-not-shared\""))));
		// Another therapist finds nothing, shared or not.
		this.mvc.perform(get("/api/v1/clients/{id}/measures", client).with(bearer(therapistWithTotp().token())))
			.andExpect(problem(404));
	}

	@Test
	void skillsPractisedReachTheBriefOnlyWhileShared() throws Exception {
		Setting s = setting();
		share(s.client(), false, false, false, true, false);
		this.mvc.perform(get("/api/v1/sessions/{id}/brief", s.next()).with(bearer(s.therapist().token())))
			.andExpect(jsonPath("$.skills", hasSize(1)))
			.andExpect(jsonPath("$.skills[0].skillId").value(BREATHING))
			.andExpect(jsonPath("$.checkins").value(nullValue()));
		assertThat(briefPage(s)).doesNotContain("brief-skills-not-shared");

		share(s.client(), false, false, false, false, false);
		this.mvc.perform(get("/api/v1/sessions/{id}/brief", s.next()).with(bearer(s.therapist().token())))
			.andExpect(jsonPath("$.skills", hasSize(0)));
		assertThat(briefPage(s)).contains("brief-skills-not-shared");
	}

	@Test
	void insightsAreOneCategoryOfTheChoiceAndTheInsightsPageSwitchChangesOnlyIt() throws Exception {
		Setting s = setting();
		String path = "/api/v1/clients/" + s.client().id() + "/insights/self-reliance";
		this.mvc.perform(get(path).with(bearer(s.therapist().token()))).andExpect(problem(404));
		share(s.client(), true, false, false, false, false);

		this.mvc.perform(post("/insights/sharing").param("shared", "true").with(signedIn(s.client())))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/me/sharing").with(bearer(s.client().token())))
			.andExpect(jsonPath("$.insights").value(true))
			.andExpect(jsonPath("$.checkins").value(true))
			.andExpect(jsonPath("$.riskFlags").value(false));
		this.mvc.perform(get(path).with(bearer(s.therapist().token()))).andExpect(status().isOk());
		this.mvc.perform(get("/clients/{id}/insights", s.client().id()).with(signedIn(s.therapist())))
			.andExpect(status().isOk());

		share(s.client(), true, false, false, false, false);
		this.mvc.perform(get(path).with(bearer(s.therapist().token()))).andExpect(problem(404));
		this.mvc.perform(get("/insights").with(signedIn(s.client())))
			.andExpect(content().string(containsString("Only you can see these insights.")));
	}

	@Test
	void theCheckinAndPhq9FormsSayWhatTheTherapistWillSeeAndWhen() throws Exception {
		Signed alone = client();
		this.mvc.perform(get("/checkin").with(signedIn(alone)))
			.andExpect(content().string(containsString("only you see what you answer here")));

		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		this.mvc.perform(get("/checkin").with(signedIn(client)))
			.andExpect(content().string(containsString("data-testid=\"sees-riskFlags\"")))
			.andExpect(content().string(containsString("You do not share safety flags")))
			.andExpect(content().string(containsString("You do not share check-ins")));
		this.mvc.perform(get("/measures/PHQ9/answer").with(signedIn(client)))
			.andExpect(content().string(containsString("You do not share safety flags")))
			.andExpect(content().string(containsString("You do not share questionnaires")));

		share(client, true, true, true, false, false);
		this.mvc.perform(get("/checkin").with(signedIn(client)))
			.andExpect(content().string(containsString("brings up your safety plan, your therapist sees that it did")))
			.andExpect(content().string(containsString("before your next session, not in real time")));
		this.mvc.perform(get("/measures/PHQ9/answer").with(signedIn(client)))
			.andExpect(content().string(containsString("Your therapist sees your score and each answer")))
			.andExpect(content().string(containsString("before your next session, not in real time")));
	}

}
