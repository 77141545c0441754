package org.between.toolbox;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.between.support.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API.md "toolbox": skills, practices, the ranking, the therapist's skill, and who sees
 * what.
 */
class ToolboxApiTests extends WebTest {

	static final String BREATHING = "423b309d-f53b-4253-a2e2-ad54855b7b66";

	static final String SKILL = """
			{"name":"Cold water","steps":["Fill the sink","Face in for 30 seconds"],"tags":["URGES","ANGER"]}""";

	@Test
	void builtInSkillsAreVisibleToEveryone() throws Exception {
		Signed client = client();
		Signed therapist = therapistWithTotp();
		for (Signed person : List.of(client, therapist)) {
			this.mvc.perform(get("/api/v1/skills").with(bearer(person.token())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.builtIn == true)]", hasSize(10)))
				.andExpect(jsonPath("$[0].id").value(BREATHING))
				.andExpect(jsonPath("$[0].name").value("Paced breathing"))
				.andExpect(jsonPath("$[0].steps", hasSize(5)))
				.andExpect(jsonPath("$[0].tags", hasItem("ANXIETY")))
				.andExpect(jsonPath("$[0].tool").value("PACER"));
			this.mvc.perform(get("/api/v1/skills/{id}", BREATHING).with(bearer(person.token())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.builtIn").value(true));
		}
		this.mvc.perform(get("/api/v1/skills")).andExpect(status().isUnauthorized());
	}

	@Test
	void anOwnSkillIsCreatedWholeAndOnlyItsOwnerSeesIt() throws Exception {
		Signed owner = client();
		Signed other = client();
		String id = read(createSkill(owner, SKILL).andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("Cold water"))
			.andExpect(jsonPath("$.builtIn").value(false))
			.andExpect(jsonPath("$.fromTherapist").value(false))
			.andExpect(jsonPath("$.steps[1]").value("Face in for 30 seconds"))
			.andExpect(jsonPath("$.tags").value(containsInAnyOrder("URGES", "ANGER")))
			.andExpect(jsonPath("$.createdAt").isString())
			.andReturn(), "$.id");

		this.mvc.perform(get("/api/v1/skills/{id}", id).with(bearer(owner.token()))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/skills").with(bearer(owner.token()))).andExpect(jsonPath("$[*].id", hasItem(id)));

		this.mvc.perform(get("/api/v1/skills/{id}", id).with(bearer(other.token()))).andExpect(problem(404));
		this.mvc.perform(get("/api/v1/skills").with(bearer(other.token())))
			.andExpect(jsonPath("$[*].id", not(hasItem(id))));
		practise(other, id, "{\"distressBefore\":5,\"distressAfter\":3}").andExpect(problem(404));
		this.mvc.perform(delete("/api/v1/skills/{id}", id).with(bearer(other.token()))).andExpect(problem(404));
		this.mvc.perform(get("/api/v1/skills/{id}", UUID.randomUUID()).with(bearer(owner.token())))
			.andExpect(problem(404));
	}

	static Stream<Arguments> badSkills() {
		String longName = "n".repeat(101);
		String longStep = "s".repeat(501);
		String manySteps = String.join(",", java.util.Collections.nCopies(21, "\"a step\""));
		return Stream.of(Arguments.of("{\"steps\":[\"a\"]}", List.of("name")),
				Arguments.of("{\"name\":\"  \",\"steps\":[\"a\"]}", List.of("name")),
				Arguments.of("{\"name\":\"" + longName + "\",\"steps\":[\"a\"]}", List.of("name")),
				Arguments.of("{\"name\":\"x\"}", List.of("steps")),
				Arguments.of("{\"name\":\"x\",\"steps\":[]}", List.of("steps")),
				Arguments.of("{\"name\":\"x\",\"steps\":[" + manySteps + "]}", List.of("steps")),
				Arguments.of("{\"name\":\"x\",\"steps\":[\"ok\",\"" + longStep + "\"]}", List.of("steps[1]")),
				Arguments.of("{\"name\":\"x\",\"steps\":[\"ok\",\" \"]}", List.of("steps[1]")),
				Arguments.of("{\"name\":\"x\",\"steps\":[\"a\"],\"tags\":[\"ANXIETY\",\"BOREDOM\"]}",
						List.of("tags[1]")),
				Arguments.of("{\"name\":\"\",\"steps\":[\"\"],\"tags\":[\"NOPE\"]}",
						List.of("name", "steps[0]", "tags[0]")),
				Arguments.of("{\"name\":\"x\",\"steps\":[\"a\"],\"colour\":\"blue\"}", List.of("colour")));
	}

	@ParameterizedTest
	@MethodSource("badSkills")
	void aBadSkillIsRefusedWithEachBadFieldAndNothingIsStored(String body, List<String> fields) throws Exception {
		Signed client = client();
		MvcResult result = createSkill(client, body).andExpect(problem(400)).andReturn();
		assertThat(errorFields(result)).containsExactlyElementsOf(fields);
		this.mvc.perform(get("/api/v1/skills").with(bearer(client.token())))
			.andExpect(jsonPath("$[?(@.builtIn == false)]", hasSize(0)));
	}

	@Test
	void aBadPracticeIsRefusedWithEachBadFieldAndNothingIsStored() throws Exception {
		Signed client = client();
		MvcResult result = practise(client, BREATHING, toJson(Map.of("distressBefore", 11, "distressAfter", -1,
				"situation", "BOREDOM", "minutes", 0, "note", "n".repeat(2001))))
			.andExpect(problem(400))
			.andReturn();
		assertThat(errorFields(result)).containsExactly("distressBefore", "distressAfter", "situation", "minutes",
				"note");
		MvcResult missing = practise(client, BREATHING, "{}").andExpect(problem(400)).andReturn();
		assertThat(errorFields(missing)).containsExactly("distressBefore", "distressAfter");
		practise(client, BREATHING, "{\"distressBefore\":\"high\",\"distressAfter\":2}").andExpect(problem(400));
		this.mvc.perform(get("/api/v1/skills/ranking").with(bearer(client.token())))
			.andExpect(jsonPath("$[?(@.practices > 0)]", hasSize(0)));
	}

	@Test
	void aPracticeIsReturnedWholeAndTheRankingFollowsTheFormula() throws Exception {
		Signed client = client();
		String own = read(createSkill(client, SKILL).andReturn(), "$.id");
		practise(client, BREATHING,
				"{\"distressBefore\":8,\"distressAfter\":4,\"situation\":\"ANXIETY\",\"minutes\":5,\"note\":\"Zug \u00fcberf\u00fcllt \uD83D\uDE0A\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.skillId").value(BREATHING))
			.andExpect(jsonPath("$.reduction").value(4))
			.andExpect(jsonPath("$.situation").value("ANXIETY"))
			.andExpect(jsonPath("$.minutes").value(5))
			.andExpect(jsonPath("$.note").value("Zug \u00fcberf\u00fcllt \uD83D\uDE0A"))
			.andExpect(jsonPath("$.practisedAt").isString());
		practise(client, own, "{\"distressBefore\":6,\"distressAfter\":6,\"situation\":\"ANXIETY\"}")
			.andExpect(status().isCreated());
		practise(client, own, "{\"distressBefore\":9,\"distressAfter\":1,\"situation\":\"URGES\"}")
			.andExpect(status().isCreated());

		// ANXIETY: mean_all = (4 + 0) / 2 = 2; breathing (4 + 6) / 4 = 2.5; own (0 + 6) /
		// 4 = 1.5
		this.mvc.perform(get("/api/v1/skills/ranking").param("situation", "ANXIETY").with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(11)))
			.andExpect(jsonPath("$[0].skillId").value(BREATHING))
			.andExpect(jsonPath("$[0].practices").value(1))
			.andExpect(jsonPath("$[0].meanReduction").value(4.0))
			.andExpect(jsonPath("$[0].estimatedReduction").value(2.5))
			.andExpect(jsonPath("$[1].skillId").value(own))
			.andExpect(jsonPath("$[1].estimatedReduction").value(1.5))
			.andExpect(jsonPath("$[2].practices").value(0))
			.andExpect(jsonPath("$[2].meanReduction").isEmpty())
			.andExpect(jsonPath("$[2].estimatedReduction").value(2.0));
		// all: mean_all = 12 / 3 = 4; own: n 2, mean 4 → (8 + 12) / 5 = 4; breathing (4 +
		// 12) / 4 = 4
		// equal estimates: more practices first
		this.mvc.perform(get("/api/v1/skills/ranking").with(bearer(client.token())))
			.andExpect(jsonPath("$[0].skillId").value(own))
			.andExpect(jsonPath("$[0].practices").value(2))
			.andExpect(jsonPath("$[0].estimatedReduction").value(4.0))
			.andExpect(jsonPath("$[1].skillId").value(BREATHING));
		this.mvc.perform(get("/api/v1/skills/ranking").param("situation", "BOREDOM").with(bearer(client.token())))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("situation"));
		// someone else's ranking knows nothing of these practices
		this.mvc.perform(get("/api/v1/skills/ranking").with(bearer(client().token())))
			.andExpect(jsonPath("$[?(@.practices > 0)]", hasSize(0)));
	}

	@Test
	void aTherapistAddsASkillToALinkedClientsToolboxAndItIsAudited() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		String id = read(this.mvc.perform(postJson(
				"/api/v1/clients/{id}/skills".replace("{id}", client.id().toString()),
				"{\"name\":\"Safe place\",\"steps\":[\"Picture it\"],\"tags\":[\"FLASHBACK\"],\"rhythm\":\"twice a day for a week\"}")
			.with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fromTherapist").value(true))
			.andExpect(jsonPath("$.rhythm").value("twice a day for a week"))
			.andReturn(), "$.id");

		this.mvc.perform(get("/api/v1/skills/{id}", id).with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fromTherapist").value(true));
		this.mvc.perform(get("/api/v1/me/access-log").with(bearer(client.token())))
			.andExpect(jsonPath("$[0].action").value("TOOLBOX_SKILL_ADDED"));
		// the therapist does not see it through the client's own endpoint
		this.mvc.perform(get("/api/v1/skills/{id}", id).with(bearer(therapist.token()))).andExpect(problem(404));

		// the client may remove it; afterwards it is gone
		this.mvc.perform(delete("/api/v1/skills/{id}", id).with(bearer(client.token())))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/skills/{id}", id).with(bearer(client.token()))).andExpect(problem(404));
		practise(client, id, "{\"distressBefore\":5,\"distressAfter\":3}").andExpect(problem(404));
	}

	@Test
	void aTherapistCannotAddToAnUnlinkedClientAndAClientCannotUseTheTherapistEndpoint() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		Signed linked = client();
		link(therapist, linked);
		String body = "{\"name\":\"Safe place\",\"steps\":[\"Picture it\"],\"tags\":[]}";
		this.mvc.perform(postJson("/api/v1/clients/" + client.id() + "/skills", body).with(bearer(therapist.token())))
			.andExpect(problem(404));
		this.mvc.perform(postJson("/api/v1/clients/" + linked.id() + "/skills", body).with(bearer(client.token())))
			.andExpect(problem(404));
		this.mvc.perform(postJson("/api/v1/clients/" + client.id() + "/skills", body).with(bearer(client.token())))
			.andExpect(problem(404));
		MvcResult bad = this.mvc
			.perform(postJson("/api/v1/clients/" + linked.id() + "/skills",
					"{\"name\":\"x\",\"steps\":[\"a\"],\"rhythm\":\"" + "r".repeat(201) + "\"}")
				.with(bearer(therapist.token())))
			.andExpect(problem(400))
			.andReturn();
		assertThat(errorFields(bad)).containsExactly("rhythm");
		this.mvc.perform(get("/api/v1/skills").with(bearer(linked.token())))
			.andExpect(jsonPath("$[?(@.builtIn == false)]", hasSize(0)));
	}

	@Test
	void onlyClientsKeepSkillsAndPracticeAndBuiltInSkillsCannotBeRemoved() throws Exception {
		Signed therapist = therapistWithTotp();
		createSkill(therapist, SKILL).andExpect(problem(403));
		practise(therapist, BREATHING, "{\"distressBefore\":5,\"distressAfter\":3}").andExpect(problem(403));
		this.mvc.perform(get("/api/v1/skills/ranking").with(bearer(therapist.token()))).andExpect(problem(403));
		Signed client = client();
		this.mvc.perform(delete("/api/v1/skills/{id}", BREATHING).with(bearer(client.token()))).andExpect(problem(403));
	}

	private ResultActions createSkill(Signed person, String body) throws Exception {
		return this.mvc.perform(postJson("/api/v1/skills", body).with(bearer(person.token())));
	}

	private ResultActions practise(Signed person, String skillId, String body) throws Exception {
		return this.mvc
			.perform(postJson("/api/v1/skills/" + skillId + "/practices", body).with(bearer(person.token())));
	}

}
