package org.between.checkin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.between.support.WebTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API.md "checkin": recording, every bad field named with nothing stored, the safety
 * thresholds, who may see what, and lists newest first with from/to, limit and before.
 * There is no toolbox in this context: no skill can be chosen and none is suggested.
 */
class CheckinApiTests extends WebTest {

	@Test
	void aCheckInIsStoredAndReturnedWhole() throws Exception {
		Signed client = client();
		Instant before = this.clock.instant();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("mood", 4);
		body.put("distress", 5);
		body.put("emotions", List.of("LONELY", "ANXIOUS"));
		body.put("urges", Map.of("BINGE_PURGE", 2, "CONTACT_THERAPIST", 4));
		body.put("firstTurnedTo", "FRIEND");
		body.put("actions", List.of(Map.of("type", "REACHED_OUT", "to", "FRIEND"), Map.of("type", "WAITED_FOR_SESSION"),
				Map.of("type", "ACTED_ON_URGE", "urge", "BINGE_PURGE")));
		body.put("note", "Zu viel heute. 🌧️ \"quoted\" <b>not bold</b>");

		MvcResult result = create(client, toJson(body)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.mood").value(4))
			.andExpect(jsonPath("$.distress").value(5))
			.andExpect(jsonPath("$.emotions", contains("ANXIOUS", "LONELY")))
			.andExpect(jsonPath("$.urges.SELF_HARM").value(0))
			.andExpect(jsonPath("$.urges.SUICIDAL_THOUGHTS").value(0))
			.andExpect(jsonPath("$.urges.BINGE_PURGE").value(2))
			.andExpect(jsonPath("$.urges.CONTACT_THERAPIST").value(4))
			.andExpect(jsonPath("$.firstTurnedTo").value("FRIEND"))
			.andExpect(jsonPath("$.actions", hasSize(3)))
			.andExpect(jsonPath("$.actions[0].type").value("REACHED_OUT"))
			.andExpect(jsonPath("$.actions[0].to").value("FRIEND"))
			.andExpect(jsonPath("$.actions[0].skillId").doesNotExist())
			.andExpect(jsonPath("$.actions[1].type").value("WAITED_FOR_SESSION"))
			.andExpect(jsonPath("$.actions[2].urge").value("BINGE_PURGE"))
			.andExpect(jsonPath("$.note").value("Zu viel heute. 🌧️ \"quoted\" <b>not bold</b>"))
			.andExpect(jsonPath("$.riskFlagged").value(false))
			.andExpect(jsonPath("$.safety.triggered").value(false))
			.andExpect(jsonPath("$.safety.reasons", hasSize(0)))
			.andExpect(jsonPath("$.safety.crisisLines").isArray())
			.andExpect(jsonPath("$.suggestedSkills", hasSize(0)))
			.andReturn();
		Instant at = Instant.parse(read(result, "$.at"));
		assertThat(at).isBetween(before.truncatedTo(ChronoUnit.MICROS), this.clock.instant());
		assertThat(Instant.parse(read(result, "$.recordedAt"))).isEqualTo(at);

		String id = read(result, "$.id");
		this.mvc.perform(get("/api/v1/checkins/{id}", id).with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.note").value("Zu viel heute. 🌧️ \"quoted\" <b>not bold</b>"))
			.andExpect(jsonPath("$.actions", hasSize(3)))
			.andExpect(jsonPath("$.safety").doesNotExist());
	}

	@Test
	void aBackdatedCheckInKeepsItsTime() throws Exception {
		Signed client = client();
		Instant at = this.clock.instant().minus(Duration.ofDays(7)).plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
		create(client, toJson(Map.of("at", at.toString(), "mood", 6, "distress", 2))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.at").value(at.toString()));
	}

	/**
	 * One bad field per row. {@code {future}}, {@code {tooOld}}, {@code {note2001}} and
	 * {@code {someSkill}} are filled in from the clock and at random.
	 */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
			// mood and distress: required, 0-10, whole numbers
			"{\"distress\":3} | mood", "{\"mood\":null,\"distress\":3} | mood", "{\"mood\":-1,\"distress\":3} | mood",
			"{\"mood\":11,\"distress\":3} | mood", "{\"mood\":\"high\",\"distress\":3} | mood",
			"{\"mood\":3.5,\"distress\":3} | mood", "{\"mood\":3} | distress",
			"{\"mood\":3,\"distress\":-1} | distress", "{\"mood\":3,\"distress\":11} | distress",
			// at: a time, not in the future, at most 7 days back
			"{\"mood\":3,\"distress\":3,\"at\":\"{future}\"} | at",
			"{\"mood\":3,\"distress\":3,\"at\":\"{tooOld}\"} | at",
			"{\"mood\":3,\"distress\":3,\"at\":\"yesterday\"} | at",
			"{\"mood\":3,\"distress\":3,\"at\":\"2026-13-01T00:00:00Z\"} | at",
			// emotions: known names only, exactly as written
			"{\"mood\":3,\"distress\":3,\"emotions\":[\"SAD\",\"JOYFUL\"]} | emotions[1]",
			"{\"mood\":3,\"distress\":3,\"emotions\":[\"sad\"]} | emotions[0]",
			"{\"mood\":3,\"distress\":3,\"emotions\":[null]} | emotions[0]",
			"{\"mood\":3,\"distress\":3,\"emotions\":\"SAD\"} | emotions",
			// urges: known urges, 0-5
			"{\"mood\":3,\"distress\":3,\"urges\":{\"SELF_HARM\":6}} | urges.SELF_HARM",
			"{\"mood\":3,\"distress\":3,\"urges\":{\"SUICIDAL_THOUGHTS\":-1}} | urges.SUICIDAL_THOUGHTS",
			"{\"mood\":3,\"distress\":3,\"urges\":{\"SUBSTANCES\":null}} | urges.SUBSTANCES",
			"{\"mood\":3,\"distress\":3,\"urges\":{\"BOREDOM\":2}} | urges.BOREDOM",
			"{\"mood\":3,\"distress\":3,\"urges\":{\"QUIT_THERAPY\":\"lots\"}} | urges.QUIT_THERAPY",
			// firstTurnedTo
			"{\"mood\":3,\"distress\":3,\"firstTurnedTo\":\"DOG\"} | firstTurnedTo",
			"{\"mood\":3,\"distress\":3,\"firstTurnedTo\":\"friend\"} | firstTurnedTo",
			// actions
			"{\"mood\":3,\"distress\":3,\"actions\":[{\"type\":\"DANCED\"}]} | actions[0].type",
			"{\"mood\":3,\"distress\":3,\"actions\":[{}]} | actions[0].type",
			"{\"mood\":3,\"distress\":3,\"actions\":[{\"type\":\"REACHED_OUT\"}]} | actions[0].to",
			"{\"mood\":3,\"distress\":3,\"actions\":[{\"type\":\"REACHED_OUT\",\"to\":\"NOBODY\"}]} | actions[0].to",
			"{\"mood\":3,\"distress\":3,\"actions\":[{\"type\":\"ACTED_ON_URGE\",\"urge\":\"JOY\"}]} | actions[0].urge",
			"{\"mood\":3,\"distress\":3,\"actions\":[{\"type\":\"USED_SKILL\"}]} | actions[0].skillId",
			"{\"mood\":3,\"distress\":3,\"actions\":[{\"type\":\"USED_SKILL\",\"skillId\":\"{someSkill}\"}]} | actions[0].skillId",
			"{\"mood\":3,\"distress\":3,\"actions\":[{\"type\":\"WAITED_FOR_SESSION\",\"urge\":\"SUBSTANCES\"}]} | actions[0].urge",
			"{\"mood\":3,\"distress\":3,\"actions\":[{\"type\":\"WAITED_FOR_SESSION\",\"when\":\"later\"}]} | when",
			// note and the rest
			"{\"mood\":3,\"distress\":3,\"note\":\"{note2001}\"} | note",
			"{\"mood\":3,\"distress\":3,\"colour\":\"blue\"} | colour", "not json | body", "`` | body" })
	void eachBadFieldIsNamedAndNothingIsStored(String body, String field) throws Exception {
		Signed client = client();
		String filled = body.replace("{future}", this.clock.instant().plusSeconds(60).toString())
			.replace("{tooOld}", this.clock.instant().minus(Duration.ofDays(7)).minusSeconds(60).toString())
			.replace("{note2001}", "n".repeat(2001))
			.replace("{someSkill}", UUID.randomUUID().toString());

		MvcResult result = create(client, filled).andExpect(problem(400)).andReturn();

		assertThat(errorFields(result)).containsExactly(field);
		assertThat(stored(client)).isZero();
	}

	@Test
	void everyBadFieldIsListedInOneAnswer() throws Exception {
		Signed client = client();
		String body = toJson(Map.of("at", this.clock.instant().plus(Duration.ofHours(2)).toString(), "mood", 12,
				"distress", -3, "emotions", List.of("SAD", "HAPPY"), "urges", Map.of("SELF_HARM", 9, "SLEEP", 1),
				"firstTurnedTo", "CAT", "actions",
				List.of(Map.of("type", "USED_SKILL", "skillId", UUID.randomUUID().toString()),
						Map.of("type", "REACHED_OUT", "to", "SELF"), Map.of("type", "ACTED_ON_URGE")),
				"note", "x".repeat(2001)));

		MvcResult result = create(client, body).andExpect(problem(400)).andReturn();

		assertThat(errorFields(result)).containsExactlyInAnyOrder("at", "mood", "distress", "emotions[1]",
				"urges.SELF_HARM", "urges.SLEEP", "firstTurnedTo", "actions[0].skillId", "actions[1].to",
				"actions[2].urge", "note");
		assertThat(stored(client)).isZero();
	}

	@Test
	void suicidalThoughtsFromOneTriggerTheSafetyNetAndAreStored() throws Exception {
		Signed client = client();
		create(client, toJson(Map.of("mood", 5, "distress", 3, "urges", Map.of("SUICIDAL_THOUGHTS", 1))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.riskFlagged").value(true))
			.andExpect(jsonPath("$.safety.triggered").value(true))
			.andExpect(jsonPath("$.safety.reasons", contains("SUICIDAL_THOUGHTS")))
			.andExpect(jsonPath("$.safety.crisisLines[0].name").isString());
		assertThat(stored(client)).isOne();
	}

	@ParameterizedTest(name = "acted on {0}, {1} days back")
	@CsvSource({ "SELF_HARM, 0", "SUICIDAL_THOUGHTS, 0", "SELF_HARM, 3", "SUICIDAL_THOUGHTS, 6" })
	void actingOnASelfHarmUrgeOrSuicidalThoughtsTriggersSafetyWithEveryUrgeAtZero(String urge, int daysBack)
			throws Exception {
		Signed client = client();
		Instant at = this.clock.instant().minus(Duration.ofDays(daysBack)).truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("at", at.toString());
		body.put("mood", 4);
		body.put("distress", 2);
		body.put("urges", Map.of("SELF_HARM", 0, "SUICIDAL_THOUGHTS", 0));
		body.put("actions", List.of(Map.of("type", "ACTED_ON_URGE", "urge", urge)));

		create(client, toJson(body)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.riskFlagged").value(true))
			.andExpect(jsonPath("$.safety.triggered").value(true))
			.andExpect(jsonPath("$.safety.reasons", contains("ACTED_ON_URGE")))
			.andExpect(jsonPath("$.safety.crisisLines[0].name").isString())
			.andExpect(jsonPath("$.safety.plan.screen").value("/safety/now"))
			.andExpect(jsonPath("$.suggestedSkills", hasSize(0)));
	}

	@Test
	void actingOnAnotherUrgeIsStoredWithoutTheSafetyScreen() throws Exception {
		Signed client = client();
		create(client,
				toJson(Map.of("mood", 4, "distress", 2, "actions",
						List.of(Map.of("type", "ACTED_ON_URGE", "urge", "SUBSTANCES")))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.riskFlagged").value(false))
			.andExpect(jsonPath("$.safety.triggered").value(false))
			.andExpect(jsonPath("$.safety.plan").doesNotExist());
	}

	@Test
	void selfHarmTriggersFromThreeButNotAtTwo() throws Exception {
		Signed client = client();
		create(client, toJson(Map.of("mood", 5, "distress", 3, "urges", Map.of("SELF_HARM", 3))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.safety.triggered").value(true))
			.andExpect(jsonPath("$.safety.reasons", contains("SELF_HARM")));
		create(client, toJson(Map.of("mood", 5, "distress", 3, "urges", Map.of("SELF_HARM", 2))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.riskFlagged").value(false))
			.andExpect(jsonPath("$.safety.triggered").value(false))
			.andExpect(jsonPath("$.safety.reasons", hasSize(0)));
		create(client,
				toJson(Map.of("mood", 5, "distress", 3, "urges",
						Map.of("SUICIDAL_THOUGHTS", 4, "SELF_HARM", 5, "SUBSTANCES", 5))))
			.andExpect(jsonPath("$.safety.reasons", contains("SUICIDAL_THOUGHTS", "SELF_HARM")));
	}

	@Test
	void highDistressSuggestsThreeSkillsFromTheToolboxAndLowDistressNone() throws Exception {
		Signed client = client();
		create(client, toJson(Map.of("mood", 2, "distress", 9))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.suggestedSkills", hasSize(3)))
			.andExpect(jsonPath("$.suggestedSkills[0].name").isString());
		create(client, toJson(Map.of("mood", 6, "distress", 5))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.suggestedSkills", hasSize(0)));
	}

	@Test
	void anotherClientsCheckInIsNotFoundAndNeverListed() throws Exception {
		Signed owner = client();
		Signed other = client();
		String id = read(create(owner, toJson(Map.of("mood", 5, "distress", 5))).andReturn(), "$.id");

		this.mvc.perform(get("/api/v1/checkins/{id}", id).with(bearer(other.token()))).andExpect(problem(404));
		this.mvc.perform(get("/api/v1/checkins/{id}", UUID.randomUUID()).with(bearer(other.token())))
			.andExpect(problem(404));
		this.mvc.perform(get("/api/v1/checkins").with(bearer(other.token()))).andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/api/v1/checkins?before={id}", id).with(bearer(other.token()))).andExpect(problem(400));
		this.mvc.perform(get("/api/v1/checkins/{id}", id).with(bearer(owner.token()))).andExpect(status().isOk());
	}

	@Test
	void therapistsCannotUseTheClientEndpointsEvenForTheirOwnClient() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		String id = read(create(client, toJson(Map.of("mood", 5, "distress", 5))).andReturn(), "$.id");

		create(therapist, toJson(Map.of("mood", 5, "distress", 5))).andExpect(problem(403));
		this.mvc.perform(get("/api/v1/checkins").with(bearer(therapist.token()))).andExpect(problem(403));
		this.mvc.perform(get("/api/v1/checkins/{id}", id).with(bearer(therapist.token()))).andExpect(problem(403));
	}

	@Test
	void withoutATokenNothingIsAnswered() throws Exception {
		this.mvc.perform(postJson("/api/v1/checkins", "{\"mood\":5,\"distress\":5}")).andExpect(problem(401));
		this.mvc.perform(get("/api/v1/checkins")).andExpect(problem(401));
	}

	@Test
	void theListIsNewestFirstByTheMomentItIsAboutAndFiltersByFromAndTo() throws Exception {
		Signed client = client();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		// Recorded out of order: the list follows "at", not the order of saving.
		String twoDays = createAt(client, now.minus(Duration.ofDays(2)), 2);
		String twoHours = createAt(client, now.minus(Duration.ofHours(2)), 3);
		String sixDays = createAt(client, now.minus(Duration.ofDays(6)), 1);

		this.mvc.perform(get("/api/v1/checkins").with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", contains(twoHours, twoDays, sixDays)));
		this.mvc
			.perform(get("/api/v1/checkins").param("from", now.minus(Duration.ofDays(3)).toString())
				.with(bearer(client.token())))
			.andExpect(jsonPath("$[*].id", contains(twoHours, twoDays)));
		this.mvc
			.perform(get("/api/v1/checkins").param("to", now.minus(Duration.ofDays(2)).toString())
				.with(bearer(client.token())))
			.andExpect(jsonPath("$[*].id", contains(sixDays)));
		this.mvc
			.perform(get("/api/v1/checkins").param("from", now.minus(Duration.ofDays(2)).toString())
				.param("to", now.minus(Duration.ofHours(2)).toString())
				.with(bearer(client.token())))
			.andExpect(jsonPath("$[*].id", contains(twoDays)));

		// Calendar dates are the client's own days (Europe/Vienna); "to" includes its
		// day.
		LocalDate today = now.atZone(ZoneId.of("Europe/Vienna")).toLocalDate();
		this.mvc
			.perform(get("/api/v1/checkins").param("from", today.minusDays(6).toString())
				.param("to", today.toString())
				.with(bearer(client.token())))
			.andExpect(jsonPath("$[*].id", contains(twoHours, twoDays, sixDays)));
	}

	@Test
	void limitAndBeforePageThroughTheList() throws Exception {
		Signed client = client();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Instant sameMoment = now.minus(Duration.ofHours(5));
		String newest = createAt(client, now.minus(Duration.ofHours(1)), 1);
		String tieA = createAt(client, sameMoment, 2);
		String tieB = createAt(client, sameMoment, 3);
		String oldest = createAt(client, now.minus(Duration.ofDays(1)), 4);
		// Equal moments go by id, as both databases order UUIDs: byte by byte, unsigned,
		// which is the order of their lower-case text (not of UUID.compareTo).
		List<String> ties = Arrays.asList(tieA, tieB);
		ties.sort(Comparator.reverseOrder());

		MvcResult first = this.mvc.perform(get("/api/v1/checkins?limit=2").with(bearer(client.token())))
			.andExpect(jsonPath("$[*].id", contains(newest, ties.get(0))))
			.andReturn();
		String last = read(first, "$[1].id");
		this.mvc.perform(get("/api/v1/checkins?limit=2&before={id}", last).with(bearer(client.token())))
			.andExpect(jsonPath("$[*].id", contains(ties.get(1), oldest)));
		this.mvc.perform(get("/api/v1/checkins").param("before", sameMoment.toString()).with(bearer(client.token())))
			.andExpect(jsonPath("$[*].id", contains(oldest)));
		this.mvc.perform(get("/api/v1/checkins?limit=500").with(bearer(client.token())))
			.andExpect(jsonPath("$", hasSize(4)));
	}

	@Test
	void badListParametersAreEachNamed() throws Exception {
		Signed client = client();
		MvcResult result = this.mvc
			.perform(get("/api/v1/checkins").param("from", "last week")
				.param("to", "soon")
				.param("limit", "501")
				.param("before", "the start")
				.with(bearer(client.token())))
			.andExpect(problem(400))
			.andReturn();
		assertThat(errorFields(result)).containsExactlyInAnyOrder("from", "to", "limit", "before");

		this.mvc.perform(get("/api/v1/checkins?limit=0").with(bearer(client.token()))).andExpect(problem(400));
		this.mvc.perform(get("/api/v1/checkins?limit=ten").with(bearer(client.token()))).andExpect(problem(400));
		result = this.mvc
			.perform(get("/api/v1/checkins").param("from", "2026-11-22")
				.param("to", "2026-11-20")
				.with(bearer(client.token())))
			.andExpect(problem(400))
			.andReturn();
		assertThat(errorFields(result)).containsExactly("to");
		this.mvc.perform(get("/api/v1/checkins/not-an-id").with(bearer(client.token()))).andExpect(problem(400));
	}

	@Test
	void theEndpointsAreInTheOpenApiDocument() throws Exception {
		String doc = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(doc).contains("\"/api/v1/checkins\"", "\"/api/v1/checkins/{id}\"", "suggestedSkills",
				"firstTurnedTo");
	}

	private ResultActions create(Signed person, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/checkins").with(bearer(person.token()))
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private String createAt(Signed client, Instant at, int mood) throws Exception {
		MvcResult result = create(client, toJson(Map.of("at", at.toString(), "mood", mood, "distress", 5)))
			.andExpect(status().isCreated())
			.andReturn();
		return read(result, "$.id");
	}

	private int stored(Signed client) {
		Integer count = this.jdbc.queryForObject("select count(*) from checkin_entry where client_id = ?",
				Integer.class, client.id());
		return (count != null) ? count : 0;
	}

}
