package org.between.measures;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.between.measures.People.Person;
import org.between.support.WebTest;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** API.md "measures": answering, history, FHIR export, schedules and who may see what. */
class MeasuresApiTests extends WebTest {

	People people;

	@BeforeEach
	void setUp() {
		this.people = new People(this.mvc, this.clock);
	}

	@Test
	void listsTheThreeQuestionnairesWithThePublishedWording() throws Exception {
		Person client = this.people.client();
		this.mvc.perform(get("/api/v1/measures").with(client.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.contains("PHQ9", "GAD7", "SELF_RELIANCE")))
			.andExpect(jsonPath("$[0].items", hasSize(9)))
			.andExpect(jsonPath("$[0].lead")
				.value("Over the last 2 weeks, how often have you been bothered by any of the following problems?"))
			.andExpect(jsonPath("$[0].items[8].text")
				.value("Thoughts that you would be better off dead or of hurting yourself in some way"))
			.andExpect(jsonPath("$[0].items[0].options[*].text").value(org.hamcrest.Matchers.contains("Not at all",
					"Several days", "More than half the days", "Nearly every day")))
			.andExpect(jsonPath("$[1].items", hasSize(7)))
			.andExpect(jsonPath("$[2].validated").value(false));
	}

	@Test
	void aResponseIsScoredAndBanded() throws Exception {
		Person client = this.people.client();
		answer(client, "PHQ9", List.of(2, 2, 2, 2, 2, 1, 1, 0, 0)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.code").value("PHQ9"))
			.andExpect(jsonPath("$.score").value(12))
			.andExpect(jsonPath("$.severity").value("MODERATE"))
			.andExpect(jsonPath("$.safety.triggered").value(false));
		answer(client, "gad7", List.of(3, 3, 3, 3, 3, 0, 0)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value("GAD7"))
			.andExpect(jsonPath("$.score").value(15))
			.andExpect(jsonPath("$.severity").value("SEVERE"));
		answer(client, "SELF_RELIANCE", List.of(4, 4, 4, 0, 0, 0, 1)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.score").value(13))
			.andExpect(jsonPath("$.severity").doesNotExist());
	}

	@Test
	void item9AboveZeroIsStoredAndTriggersTheSafetyNetWhateverTheTotal() throws Exception {
		Person client = this.people.client();
		answer(client, "PHQ9", List.of(0, 0, 0, 0, 0, 0, 0, 0, 1)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.score").value(1))
			.andExpect(jsonPath("$.severity").value("MINIMAL"))
			.andExpect(jsonPath("$.safety.triggered").value(true))
			.andExpect(jsonPath("$.safety.reasons", hasItem("PHQ9_ITEM_9")))
			.andExpect(jsonPath("$.safety.crisisLines").isArray());
		this.mvc.perform(get("/api/v1/measures/PHQ9/responses").with(client.bearer()))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].answers[8]").value(1));
	}

	@Test
	void item9AtZeroDoesNotTriggerTheSafetyNet() throws Exception {
		Person client = this.people.client();
		answer(client, "PHQ9", List.of(3, 3, 3, 3, 3, 3, 3, 3, 0)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.safety.triggered").value(false))
			.andExpect(jsonPath("$.safety.reasons", hasSize(0)));
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(delimiter = '|', value = { "PHQ9 | {\"answers\":[0,0,0,0,0,0,0,0]} | 400 | answers",
			"PHQ9 | {\"answers\":[0,0,0,0,0,0,0,0,0,0]} | 400 | answers",
			"PHQ9 | {\"answers\":[0,0,0,0,4,0,0,0,1]} | 400 | answers[4]",
			"GAD7 | {\"answers\":[0,-1,0,0,0,0,0]} | 400 | answers[1]",
			"GAD7 | {\"answers\":[0,0,0,0,0,0,null]} | 400 | answers[6]",
			"SELF_RELIANCE | {\"answers\":[5,0,0,0,0,0,0]} | 400 | answers[0]",
			"PHQ9 | {\"answers\":\"lots\"} | 400 | answers",
			"PHQ9 | {\"answers\":[0,0,0,0,0,0,0,0,\"x\"]} | 400 | answers[8]", "PHQ9 | {} | 400 | answers",
			"PHQ9 | {\"answers\":[0,0,0,0,0,0,0,0,0],\"extra\":1} | 400 | extra", "PHQ9 | not json | 400 | body",
			"PHQ2 | {\"answers\":[0,0]} | 404 |", "NOPE | {\"answers\":[0,0,0,0,0,0,0,0,1]} | 404 |" })
	void badInputIsRefusedWithEveryFieldNamedAndNothingStored(String code, String body, int status, String field)
			throws Exception {
		Person client = this.people.client();
		var result = this.mvc
			.perform(post("/api/v1/measures/{code}/responses", code).with(client.bearer())
				.with(People.fresh())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		if (field != null) {
			result.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
		}
		for (String instrument : List.of("PHQ9", "GAD7", "SELF_RELIANCE")) {
			this.mvc.perform(get("/api/v1/measures/{code}/responses", instrument).with(client.bearer()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(0)));
		}
	}

	@Test
	void historyIsNewestFirstWithReliableChangeInBothDirections() throws Exception {
		Person client = this.people.client();
		answer(client, "PHQ9", List.of(3, 3, 3, 3, 3, 3, 2, 0, 0)).andExpect(status().isCreated()); // 20
		answer(client, "PHQ9", List.of(3, 3, 3, 3, 2, 0, 0, 0, 0)).andExpect(status().isCreated()); // 14
		answer(client, "PHQ9", List.of(3, 3, 3, 3, 3, 0, 0, 0, 0)).andExpect(status().isCreated()); // 15
		answer(client, "PHQ9", List.of(3, 3, 3, 3, 3, 3, 3, 0, 0)).andExpect(status().isCreated()); // 21

		this.mvc.perform(get("/api/v1/measures/PHQ9/responses").with(client.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].score").value(org.hamcrest.Matchers.contains(21, 15, 14, 20)))
			.andExpect(jsonPath("$[*].reliableChange")
				.value(org.hamcrest.Matchers.contains("HIGHER", "NONE", "LOWER", "NONE")))
			.andExpect(jsonPath("$[0].change").value(6))
			.andExpect(jsonPath("$[2].change").value(-6))
			.andExpect(jsonPath("$[3].change").doesNotExist());
		this.mvc.perform(get("/api/v1/measures/PHQ9/responses?limit=2").with(client.bearer()))
			.andExpect(jsonPath("$[*].score").value(org.hamcrest.Matchers.contains(21, 15)));
		this.mvc.perform(get("/api/v1/measures/PHQ9/responses?limit=0").with(client.bearer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("limit"));
	}

	@Test
	void theFhirExportIsABundleOfTheResponseAndItsTotal() throws Exception {
		Person client = this.people.client();
		UUID id = id(answer(client, "GAD7", List.of(1, 1, 1, 1, 1, 1, 1)));

		String body = this.mvc.perform(get("/api/v1/measures/responses/{id}/fhir", id).with(client.bearer()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/fhir+json"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode bundle = People.json(body);
		assertThat(bundle.get("resourceType").asString()).isEqualTo("Bundle");
		assertThat(bundle.get("type").asString()).isEqualTo("collection");
		assertThat(bundle.get("entry").get(0).get("resource").get("resourceType").asString())
			.isEqualTo("QuestionnaireResponse");
		JsonNode observation = bundle.get("entry").get(1).get("resource");
		assertThat(observation.get("code").get("coding").get(0).get("code").asString()).isEqualTo("70274-6");
		assertThat(observation.get("valueInteger").asInt()).isEqualTo(7);
	}

	@Test
	void anotherClientFindsNeitherTheResponseNorItsExport() throws Exception {
		Person owner = this.people.client();
		Person other = this.people.client();
		UUID id = id(answer(owner, "PHQ9", List.of(1, 1, 1, 1, 1, 1, 1, 1, 0)));

		this.mvc.perform(get("/api/v1/measures/responses/{id}", id).with(owner.bearer())).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/measures/responses/{id}", id).with(other.bearer()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/measures/responses/{id}/fhir", id).with(other.bearer()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/measures/responses/{id}/fhir", UUID.randomUUID()).with(owner.bearer()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/measures/PHQ9/responses").with(other.bearer()))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void anUnlinkedTherapistFindsNothingOfTheClient() throws Exception {
		Person therapist = this.people.therapist();
		Person client = this.people.linkedTo(therapist);
		Person stranger = this.people.therapist();
		UUID id = id(answer(client, "PHQ9", List.of(1, 1, 1, 1, 1, 1, 1, 1, 0)));

		this.mvc.perform(get("/api/v1/clients/{id}/measures", client.id()).with(stranger.bearer()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(
					People
						.json(put("/api/v1/clients/{id}/measure-schedule", client.id()),
								Map.of("code", "PHQ9", "everyDays", 14))
						.with(stranger.bearer()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/measures/responses/{id}/fhir", id).with(stranger.bearer()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/clients/{id}/measures", UUID.randomUUID()).with(therapist.bearer()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aClientCannotUseTheTherapistEndpoints() throws Exception {
		Person therapist = this.people.therapist();
		Person client = this.people.linkedTo(therapist);

		this.mvc.perform(get("/api/v1/clients/{id}/measures", client.id()).with(client.bearer()))
			.andExpect(status().is(org.hamcrest.Matchers.oneOf(403, 404)));
		this.mvc
			.perform(People
				.json(put("/api/v1/clients/{id}/measure-schedule", client.id()), Map.of("code", "PHQ9", "everyDays", 1))
				.with(client.bearer()))
			.andExpect(status().is(org.hamcrest.Matchers.oneOf(403, 404)));
		answer(therapist, "PHQ9", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0)).andExpect(status().isForbidden());
	}

	@Test
	void theLinkedTherapistSeesTheHistoryAndEveryReadIsInTheClientsAccessLog() throws Exception {
		Person therapist = this.people.therapist();
		Person client = this.people.linkedSharingTo(therapist);
		UUID id = id(answer(client, "PHQ9", List.of(1, 1, 1, 1, 1, 1, 1, 1, 0)));

		this.mvc
			.perform(
					People
						.json(put("/api/v1/clients/{id}/measure-schedule", client.id()),
								Map.of("code", "GAD7", "everyDays", 14))
						.with(therapist.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("GAD7"))
			.andExpect(jsonPath("$.everyDays").value(14))
			.andExpect(jsonPath("$.due").value(true));
		this.mvc.perform(get("/api/v1/clients/{id}/measures", client.id()).with(therapist.bearer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.measures[0].code").value("PHQ9"))
			.andExpect(jsonPath("$.measures[0].responses[0].score").value(8))
			.andExpect(jsonPath("$.measures[1].schedule.everyDays").value(14));
		this.mvc.perform(get("/api/v1/measures/responses/{id}/fhir", id).with(therapist.bearer()))
			.andExpect(status().isOk());

		this.mvc.perform(get("/api/v1/me/access-log").with(client.bearer()))
			.andExpect(jsonPath("$[*].action", hasItem("MEASURES_READ")))
			.andExpect(jsonPath("$[*].action", hasItem("MEASURE_RESPONSE_READ")))
			.andExpect(jsonPath("$[*].action", hasItem("MEASURE_SCHEDULE_SET")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "{\"code\":\"PHQ2\",\"everyDays\":14} | code", "{\"code\":\"PHQ9\",\"everyDays\":0} | everyDays",
					"{\"code\":\"PHQ9\",\"everyDays\":366} | everyDays", "{\"code\":\"PHQ9\"} | everyDays",
					"{\"everyDays\":7} | code" })
	void aBadScheduleIsRefusedWithItsFieldNamed(String body, String field) throws Exception {
		Person therapist = this.people.therapist();
		Person client = this.people.linkedTo(therapist);

		this.mvc
			.perform(put("/api/v1/clients/{id}/measure-schedule", client.id()).with(therapist.bearer())
				.with(People.fresh())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
		this.mvc.perform(get("/api/v1/clients/{id}/measures", client.id()).with(therapist.bearer()))
			.andExpect(jsonPath("$.measures[0].schedule").doesNotExist());
	}

	private org.springframework.test.web.servlet.ResultActions answer(Person person, String code, List<Integer> answers)
			throws Exception {
		// A second after the last one, as a person answers: the shared context's clock
		// stands still, and answers at one instant have no order.
		this.clock.advance(java.time.Duration.ofSeconds(1));
		return this.mvc.perform(People.json(post("/api/v1/measures/{code}/responses", code), Map.of("answers", answers))
			.with(person.bearer()));
	}

	private static UUID id(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return UUID.fromString(
				People.json(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
					.get("id")
					.asString());
	}

}
