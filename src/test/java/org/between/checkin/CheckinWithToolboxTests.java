package org.between.checkin;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.between.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With a toolbox: skills to choose from, only usable ones accepted, the best three
 * offered from distress 6 on, and a failing toolbox never costs a check-in. A context of
 * its own (the stub toolbox must not reach the other web tests).
 */
@Import(CheckinWithToolboxTests.StubToolbox.class)
class CheckinWithToolboxTests extends WebTest {

	static final UUID BREATHING = UUID.fromString("00000000-0000-0000-0000-00000000000b");

	static final UUID GROUNDING = UUID.fromString("00000000-0000-0000-0000-00000000000c");

	static final UUID WALK = UUID.fromString("00000000-0000-0000-0000-00000000000d");

	static final UUID JOURNAL = UUID.fromString("00000000-0000-0000-0000-00000000000e");

	/** A skill of someone else's toolbox: the client cannot use it. */
	static final UUID NOT_MINE = UUID.fromString("00000000-0000-0000-0000-0000000000ff");

	static volatile boolean failing;

	@Autowired
	Checkins checkins;

	@Autowired
	Accounts accounts;

	@AfterEach
	void recover() {
		failing = false;
	}

	@Test
	void fromDistressSixTheBestThreeSkillsAreSuggested() throws Exception {
		Signed client = client();
		create(client, Map.of("mood", 3, "distress", 6)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.suggestedSkills", hasSize(3)))
			.andExpect(
					jsonPath("$.suggestedSkills[*].name", contains("Paced breathing", "5-4-3-2-1 grounding", "A walk")))
			.andExpect(jsonPath("$.suggestedSkills[0].skillId").value(BREATHING.toString()))
			.andExpect(jsonPath("$.suggestedSkills[0].estimatedReduction").value(2.4));
		create(client, Map.of("mood", 3, "distress", 5)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.suggestedSkills", hasSize(0)));
	}

	@Test
	void aRiskCheckInCarriesNoSkillSuggestionsButTheClientsPlanInBrief() throws Exception {
		Signed client = client();
		create(client, Map.of("mood", 2, "distress", 9, "urges", Map.of("SUICIDAL_THOUGHTS", 2)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.safety.triggered").value(true))
			.andExpect(jsonPath("$.suggestedSkills", hasSize(0)))
			.andExpect(jsonPath("$.safety.plan.written").value(false))
			.andExpect(jsonPath("$.safety.plan.screen").value("/safety/now"));
		create(client, Map.of("mood", 2, "distress", 9)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.suggestedSkills", hasSize(3)))
			.andExpect(jsonPath("$.safety.plan").doesNotExist());
	}

	@Test
	void aUsableSkillIsStoredAndAnotherOneIsRefusedOnItsAction() throws Exception {
		Signed client = client();
		create(client,
				Map.of("mood", 5, "distress", 4, "actions",
						List.of(Map.of("type", "USED_SKILL", "skillId", GROUNDING.toString()))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.actions[0].type").value("USED_SKILL"))
			.andExpect(jsonPath("$.actions[0].skillId").value(GROUNDING.toString()));
		create(client,
				Map.of("mood", 5, "distress", 4, "actions",
						List.of(Map.of("type", "WAITED_FOR_SESSION"),
								Map.of("type", "USED_SKILL", "skillId", NOT_MINE.toString()))))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field", contains("actions[1].skillId")));
		this.mvc.perform(get("/api/v1/checkins").with(bearer(client.token()))).andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void theFormOffersTheClientsSkillsAndTheConfirmationNamesSuggestions() throws Exception {
		Signed client = client();
		this.mvc.perform(get("/checkin").with(signedIn(client)))
			.andExpect(content().string(containsString("name=\"usedSkill\"")))
			.andExpect(content().string(containsString(">Paced breathing</option>")));

		String location = this.mvc
			.perform(post("/checkin").with(signedIn(client))
				.param("mood", "2")
				.param("distress", "8")
				.param("skillId", WALK.toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(location).with(signedIn(client)))
			.andExpect(content().string(containsString("Saved.")))
			.andExpect(content().string(containsString("Used a skill: A walk")))
			.andExpect(content().string(containsString("data-testid=\"suggestions\"")))
			.andExpect(content().string(containsString("Paced breathing")))
			.andExpect(content().string(containsString("about 2.4 points less distress")))
			.andExpect(content().string(not(containsString("Journaling"))));

		String calmer = this.mvc
			.perform(post("/checkin").with(signedIn(client)).param("mood", "6").param("distress", "5"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(calmer).with(signedIn(client)))
			.andExpect(content().string(not(containsString("data-testid=\"suggestions\""))));
	}

	@Test
	void theFacadeDecidesThatASavedRiskCheckInOffersNoSkills() throws Exception {
		CurrentUser me = this.accounts.refresh(client().id());
		RecordedCheckin risk = this.checkins.record(me,
				new NewCheckin(null, 2, 9, null, Map.of("SUICIDAL_THOUGHTS", 2), null, null, null));
		RecordedCheckin calm = this.checkins.record(me, new NewCheckin(null, 2, 9, null, null, null, null, null));
		assertThat(this.checkins.suggestedSkills(me, this.checkins.find(me, risk.id()))).isEmpty();
		assertThat(this.checkins.suggestedSkills(me, this.checkins.find(me, calm.id()))).hasSize(3);
	}

	@Test
	void aRiskCheckInStillGoesToTheSafetyScreenFirst() throws Exception {
		Signed client = client();
		this.mvc
			.perform(post("/checkin").with(signedIn(client))
				.param("mood", "1")
				.param("distress", "9")
				.param("urge-SUICIDAL_THOUGHTS", "3"))
			.andExpect(redirectedUrl("/safety/now?reason=SUICIDAL_THOUGHTS"));
	}

	@Test
	void aFailingToolboxNeverCostsTheCheckIn() throws Exception {
		Signed client = client();
		failing = true;
		create(client, Map.of("mood", 2, "distress", 9)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.suggestedSkills", hasSize(0)));
		this.mvc.perform(get("/api/v1/checkins").with(bearer(client.token()))).andExpect(jsonPath("$", hasSize(1)));
	}

	private ResultActions create(Signed client, Map<String, Object> body) throws Exception {
		return this.mvc.perform(postJson("/api/v1/checkins", toJson(body)).with(bearer(client.token())));
	}

	/** Four skills for everyone, ranked; suggestions fail while {@link #failing}. */
	@TestConfiguration(proxyBeanMethods = false)
	static class StubToolbox {

		@Bean
		@org.springframework.context.annotation.Primary
		SkillCatalog stubSkillCatalog() {
			return new SkillCatalog() {

				@Override
				public List<SkillChoice> skillsOf(CurrentUser client) {
					return List.of(new SkillChoice(BREATHING, "Paced breathing"),
							new SkillChoice(GROUNDING, "5-4-3-2-1 grounding"), new SkillChoice(WALK, "A walk"),
							new SkillChoice(JOURNAL, "Journaling"));
				}

				@Override
				public boolean isUsableBy(CurrentUser client, UUID skillId) {
					return skillsOf(client).stream().anyMatch((s) -> s.id().equals(skillId));
				}

				@Override
				public List<SuggestedSkill> suggestionsFor(CurrentUser client, int count) {
					if (failing) {
						throw new IllegalStateException("toolbox down");
					}
					// One more than asked for: the check-in shows three whatever it gets.
					return List.of(new SuggestedSkill(BREATHING, "Paced breathing", 2.4),
							new SuggestedSkill(GROUNDING, "5-4-3-2-1 grounding", 1.9),
							new SuggestedSkill(WALK, "A walk", 1.1), new SuggestedSkill(JOURNAL, "Journaling", 0.4));
				}
			};
		}

	}

}
