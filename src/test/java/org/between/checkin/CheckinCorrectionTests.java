package org.between.checkin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.between.safety.SafetyNet;
import org.between.support.WebTest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16 item 8: a client corrects or deletes their own check-in for seven days after
 * its moment (API and pages); later it is 422 and nothing changes; a correction to a risk
 * answer leads to the safety screen like a new check-in; the audit row says only that it
 * changed; anyone else gets 404.
 */
class CheckinCorrectionTests extends WebTest {

	@Test
	void aChangeKeepsWhatItLeavesOutAndTheAuditSaysOnlyThatItChanged() throws Exception {
		Signed client = client();
		String id = create(client, Map.of("mood", 4, "distress", 5, "emotions", List.of("SAD"), "urges",
				Map.of("BINGE_PURGE", 2), "firstTurnedTo", "FRIEND", "note", "first words"));
		change(client, id, Map.of("distress", 3, "urges", Map.of("SUBSTANCES", 1))).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.mood").value(4))
			.andExpect(jsonPath("$.distress").value(3))
			.andExpect(jsonPath("$.emotions[0]").value("SAD"))
			.andExpect(jsonPath("$.urges.BINGE_PURGE").value(2))
			.andExpect(jsonPath("$.urges.SUBSTANCES").value(1))
			.andExpect(jsonPath("$.firstTurnedTo").value("FRIEND"))
			.andExpect(jsonPath("$.note").value("first words"))
			.andExpect(jsonPath("$.safety.triggered").value(false));
		change(client, id, Map.of("emotions", List.of(), "firstTurnedTo", "", "note", "")).andExpect(status().isOk())
			.andExpect(jsonPath("$.emotions", hasSize(0)))
			.andExpect(jsonPath("$.firstTurnedTo").doesNotExist())
			.andExpect(jsonPath("$.note").doesNotExist());
		this.mvc.perform(get("/api/v1/checkins/{id}", id).with(bearer(client.token())))
			.andExpect(jsonPath("$.distress").value(3))
			.andExpect(jsonPath("$.emotions", hasSize(0)));
		MvcResult log = this.mvc.perform(get("/api/v1/me/access-log").with(bearer(client.token())))
			.andExpect(jsonPath("$[0].action").value("CHECKIN_CHANGED"))
			.andExpect(jsonPath("$[0].itemType").value("CHECKIN"))
			.andExpect(jsonPath("$[0].itemId").value(id))
			.andReturn();
		assertThat(log.getResponse().getContentAsString()).doesNotContain("first words").doesNotContain("FRIEND");
	}

	@Test
	void changingACheckInToARiskAnswerIsAnsweredLikeANewOne() throws Exception {
		Signed client = client();
		String id = create(client, Map.of("mood", 4, "distress", 7));
		change(client, id, Map.of("urges", Map.of("SUICIDAL_THOUGHTS", 1))).andExpect(status().isOk())
			.andExpect(jsonPath("$.riskFlagged").value(true))
			.andExpect(jsonPath("$.safety.triggered").value(true))
			.andExpect(jsonPath("$.safety.reasons[0]").value("SUICIDAL_THOUGHTS"))
			.andExpect(jsonPath("$.safety.crisisLines").isArray())
			.andExpect(jsonPath("$.suggestedSkills", hasSize(0)));
		// and on the page: the next screen is the safety screen, with the reason
		String other = create(client, Map.of("mood", 4, "distress", 3));
		this.mvc
			.perform(post("/checkin/{id}/edit", other).with(signedIn(client))
				.param("mood", "4")
				.param("distress", "3")
				.param("urge-SELF_HARM", "3"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(SafetyNet.SAFETY_SCREEN + "?reason=SELF_HARM"));
		this.mvc.perform(get(SafetyNet.SAFETY_SCREEN + "?reason=SELF_HARM").with(signedIn(client)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/crisis")));
		this.mvc.perform(get("/api/v1/checkins/{id}", other).with(bearer(client.token())))
			.andExpect(jsonPath("$.riskFlagged").value(true));
	}

	@Test
	void afterSevenDaysACheckInStaysAsItIs() throws Exception {
		Signed client = client();
		String id = create(client, Map.of("mood", 4, "distress", 5));
		Instant now = this.clock.instant();
		this.clock.set(now.plus(Duration.ofDays(7)).plusSeconds(5));
		try {
			change(client, id, Map.of("mood", 9)).andExpect(problem(422))
				.andExpect(jsonPath("$.detail", containsString("7 days")))
				.andExpect(jsonPath("$.closedAt").isString());
			this.mvc.perform(delete("/api/v1/checkins/{id}", id).with(bearer(client.token()))).andExpect(problem(422));
			this.mvc.perform(get("/checkin/{id}/edit", id).with(signedIn(client)))
				.andExpect(redirectedUrl("/checkin/" + id + "?closed=true"));
			this.mvc.perform(post("/checkin/{id}/delete", id).with(signedIn(client)))
				.andExpect(redirectedUrl("/checkin/" + id + "?closed=true"));
			assertThat(page(client, "/checkin/" + id + "?closed=true")).contains("stays as it is")
				.doesNotContain("data-testid=\"change-checkin\"");
		}
		finally {
			this.clock.set(now);
		}
		this.mvc.perform(get("/api/v1/checkins/{id}", id).with(bearer(client.token())))
			.andExpect(jsonPath("$.mood").value(4));
	}

	@Test
	void aWrongFieldIsNamedAndChangesNothing() throws Exception {
		Signed client = client();
		String id = create(client, Map.of("mood", 4, "distress", 5));
		change(client, id, Map.of("mood", 11, "urges", Map.of("SELF_HARM", 9))).andExpect(problem(400))
			.andExpect(
					jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("mood", "urges.SELF_HARM")));
		change(client, id, Map.of("at", this.clock.instant().plus(Duration.ofHours(1)).toString()))
			.andExpect(problem(400));
		this.mvc
			.perform(patch("/api/v1/checkins/{id}", id).with(bearer(client.token()))
				.contentType("application/json")
				.content("{\"mood\":3,\"colour\":\"blue\"}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/checkins/{id}", id).with(bearer(client.token())))
			.andExpect(jsonPath("$.mood").value(4))
			.andExpect(jsonPath("$.urges.SELF_HARM").value(0));
	}

	@Test
	void anotherPersonGetsNotFoundAndATherapistIsRefused() throws Exception {
		Signed owner = client();
		Signed other = client();
		String id = create(owner, Map.of("mood", 4, "distress", 5));
		change(other, id, Map.of("mood", 1)).andExpect(problem(404));
		this.mvc.perform(delete("/api/v1/checkins/{id}", id).with(bearer(other.token()))).andExpect(problem(404));
		change(owner, "00000000-0000-0000-0000-000000000001", Map.of("mood", 1)).andExpect(problem(404));
		this.mvc.perform(get("/checkin/{id}/edit", id).with(signedIn(other))).andExpect(status().isNotFound());
		this.mvc.perform(get("/checkin/{id}/delete", id).with(signedIn(other))).andExpect(status().isNotFound());
		this.mvc.perform(post("/checkin/{id}/edit", id).with(signedIn(other)).param("mood", "1").param("distress", "1"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/checkin/{id}/delete", id).with(signedIn(other))).andExpect(status().isNotFound());
		Signed therapist = therapistWithTotp();
		change(therapist, id, Map.of("mood", 1)).andExpect(problem(403));
		this.mvc.perform(get("/api/v1/checkins/{id}", id).with(bearer(owner.token())))
			.andExpect(jsonPath("$.mood").value(4));
	}

	@Test
	void aDeletedCheckInLeavesTheHistoryAndTheAuditKeepsOnlyThatItWent() throws Exception {
		Signed client = client();
		String id = create(client, Map.of("mood", 2, "distress", 8, "note", "gone soon"));
		assertThat(page(client, "/checkin/history")).contains("/checkin/" + id);
		this.mvc.perform(delete("/api/v1/checkins/{id}", id).with(bearer(client.token())))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/checkins/{id}", id).with(bearer(client.token()))).andExpect(problem(404));
		assertThat(page(client, "/checkin/history")).doesNotContain("/checkin/" + id);
		this.mvc.perform(get("/api/v1/me/access-log").with(bearer(client.token())))
			.andExpect(jsonPath("$[0].action").value("CHECKIN_DELETED"))
			.andExpect(jsonPath("$[0].itemId").value(id));
		Integer actions = this.jdbc.queryForObject("select count(*) from checkin_action where checkin_id = ?::uuid",
				Integer.class, id);
		assertThat(actions).isZero();
	}

	@Test
	void thePagesChangeAndDeleteACheckIn() throws Exception {
		Signed client = client();
		String id = create(client, Map.of("mood", 4, "distress", 5, "emotions", List.of("LONELY"), "urges",
				Map.of("BINGE_PURGE", 2), "note", "a note"));
		String saved = page(client, "/checkin/" + id);
		assertThat(saved).contains("href=\"/checkin/" + id + "/edit\"").contains("href=\"/checkin/" + id + "/delete\"");
		String form = page(client, "/checkin/" + id + "/edit");
		assertThat(form).contains("action=\"/checkin/" + id + "/edit\"")
			.contains("Change this check-in")
			.doesNotContain("data-draft-key")
			.containsPattern("id=\"mood-4\" value=\"4\"[^>]*checked")
			.containsPattern("value=\"LONELY\"[^>]*checked")
			.contains("a note");
		this.mvc
			.perform(post("/checkin/{id}/edit", id).with(signedIn(client))
				.param("mood", "6")
				.param("distress", "2")
				.param("urge-BINGE_PURGE", "0")
				.param("note", "a better note"))
			.andExpect(redirectedUrl("/checkin/" + id + "?changed=true"));
		assertThat(page(client, "/checkin/" + id + "?changed=true")).contains("Your check-in is changed.")
			.contains("a better note")
			.contains("6 of 10");
		this.mvc
			.perform(post("/checkin/{id}/edit", id).with(signedIn(client)).param("mood", "12").param("distress", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/checkin/" + id + "/edit\"")));
		assertThat(page(client, "/checkin/" + id + "/delete")).contains("Delete this check-in?")
			.contains("data-testid=\"keep-checkin\"");
		this.mvc.perform(post("/checkin/{id}/delete", id).with(signedIn(client)))
			.andExpect(redirectedUrl("/checkin/history?deleted=true"));
		assertThat(page(client, "/checkin/history?deleted=true")).contains("The check-in is deleted.")
			.doesNotContain("/checkin/" + id);
	}

	@Test
	void atHighDistressTheSkillsAreLinksAndTheFirstIsTheMainAction() throws Exception {
		Signed client = client();
		MvcResult skills = this.mvc.perform(get("/api/v1/skills").with(bearer(client.token()))).andReturn();
		String skill = read(skills, "$[0].id");
		for (int[] practice : new int[][] { { 8, 4 }, { 7, 5 } }) {
			this.mvc
				.perform(postJson("/api/v1/skills/" + skill + "/practices",
						toJson(Map.of("distressBefore", practice[0], "distressAfter", practice[1])))
					.with(bearer(client.token())))
				.andExpect(status().isCreated());
		}
		String id = create(client, Map.of("mood", 3, "distress", 7));
		String saved = page(client, "/checkin/" + id + "?saved=true");
		assertThat(saved).containsPattern("class=\"button primary\" href=\"/toolbox/" + skill + "\"")
			.contains("data-testid=\"suggested-main\"")
			.contains(
					"You noted it 2 times; your distress went down by 3.0 points on average. For you, about 3.0 points less distress.")
			.contains("(3.0 points less distress)")
			.doesNotContain("class=\"button primary\" href=\"/checkin/history\"");
		// below 6: no skills, and the history is the main action again
		String calm = create(client, Map.of("mood", 6, "distress", 3));
		assertThat(page(client, "/checkin/" + calm + "?saved=true")).doesNotContain("data-testid=\"suggestions\"")
			.contains("class=\"button primary\" href=\"/checkin/history\"");
	}

	private String create(Signed client, Map<String, Object> body) throws Exception {
		MvcResult result = this.mvc.perform(postJson("/api/v1/checkins", toJson(body)).with(bearer(client.token())))
			.andExpect(status().isCreated())
			.andReturn();
		return read(result, "$.id");
	}

	private ResultActions change(Signed person, String id, Map<String, Object> body) throws Exception {
		return this.mvc.perform(patch("/api/v1/checkins/{id}", id).with(bearer(person.token()))
			.contentType("application/json")
			.content(toJson(body)));
	}

}
