package org.between.contact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.between.support.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API.md's contact agreement rows: propose (201 PROPOSED), read ({active, proposed,
 * history}), accept and discuss; every bad field a 400, anyone else's agreement a 404,
 * the wrong role a 403; and an agreed risk alert in a check-in's answer.
 */
class ContactApiTests extends WebTest {

	/** Half a year from now: a review date the facade takes. */
	static final String REVIEW = java.time.LocalDate.now().plusMonths(6).toString();

	Signed therapist;

	Signed client;

	@BeforeEach
	void pair() throws Exception {
		this.therapist = therapistWithTotp();
		this.client = client();
		link(this.therapist, this.client);
	}

	static Map<String, Object> body(List<String> categories, Object hours) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("allowedCategories", categories);
		body.put("responseTimeHours", hours);
		body.put("crisisInstructions", "Call the crisis line; I read messages on weekdays.");
		body.put("duringAbsences", "Dr Lee covers; her number is in the absence note.");
		body.put("reviewDate", REVIEW);
		body.put("riskEmailAlerts", true);
		return body;
	}

	ResultActions propose(Signed who, Object clientId, Map<String, Object> body) throws Exception {
		return this.mvc.perform(postJson("/api/v1/clients/" + clientId + "/contact-agreements", toJson(body))
			.with(bearer(who.token())));
	}

	String proposed() throws Exception {
		MvcResult result = propose(this.therapist, this.client.id(), body(List.of("SCHEDULING", "BRIEF_CHECKIN"), 48))
			.andExpect(status().isCreated())
			.andReturn();
		return read(result, "$.id");
	}

	ResultActions answer(Signed who, String id, String what) throws Exception {
		return this.mvc.perform(post("/api/v1/contact-agreements/{id}/" + what, id).with(bearer(who.token())));
	}

	@Test
	void theTherapistProposesTheClientReadsAndAccepts() throws Exception {
		MvcResult created = propose(this.therapist, this.client.id(), body(List.of("BRIEF_CHECKIN", "SCHEDULING"), 48))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PROPOSED"))
			.andExpect(jsonPath("$.allowedCategories", contains("SCHEDULING", "BRIEF_CHECKIN")))
			.andExpect(jsonPath("$.responseTimeHours").value(48))
			.andExpect(
					jsonPath("$.readingHours.days", contains("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")))
			.andExpect(jsonPath("$.readingHours.from").value("09:00"))
			.andExpect(jsonPath("$.readingHours.to").value("17:00"))
			.andExpect(jsonPath("$.readingHours.zone").value("Europe/Vienna"))
			.andExpect(jsonPath("$.reviewDate").value(REVIEW))
			.andExpect(jsonPath("$.riskEmailAlerts").value(true))
			.andExpect(jsonPath("$.proposedAt").isString())
			.andReturn();
		String id = read(created, "$.id");

		this.mvc.perform(get("/api/v1/contact-agreement").with(bearer(this.client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").doesNotExist())
			.andExpect(jsonPath("$.proposed.id").value(id))
			.andExpect(jsonPath("$.history").isEmpty());
		answer(this.client, id, "accept").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.acceptedAt").isString());
		this.mvc.perform(get("/api/v1/contact-agreement").with(bearer(this.client.token())))
			.andExpect(jsonPath("$.active.id").value(id))
			.andExpect(
					jsonPath("$.active.crisisInstructions").value("Call the crisis line; I read messages on weekdays."))
			.andExpect(jsonPath("$.proposed").doesNotExist());
		this.mvc
			.perform(get("/api/v1/clients/{id}/contact-agreements", this.client.id())
				.with(bearer(this.therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active.id").value(id));
	}

	@Test
	void readingHoursMayBeGivenAndANewProposalKeepsTheActiveOneUntilAccepted() throws Exception {
		String first = proposed();
		answer(this.client, first, "accept").andExpect(status().isOk());
		Map<String, Object> body = body(List.of(), 24);
		body.put("readingHours", Map.of("days", List.of("SATURDAY", "TUESDAY"), "from", "10:00", "to", "12:30"));
		String second = read(propose(this.therapist, this.client.id(), body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.readingHours.days", contains("TUESDAY", "SATURDAY")))
			.andExpect(jsonPath("$.readingHours.to").value("12:30"))
			.andReturn(), "$.id");

		this.mvc.perform(get("/api/v1/contact-agreement").with(bearer(this.client.token())))
			.andExpect(jsonPath("$.active.id").value(first))
			.andExpect(jsonPath("$.proposed.id").value(second));
		answer(this.client, second, "discuss").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISCUSS"))
			.andExpect(jsonPath("$.discussionEntryId").isString());
		answer(this.client, second, "accept").andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/contact-agreement").with(bearer(this.client.token())))
			.andExpect(jsonPath("$.active.id").value(second))
			.andExpect(jsonPath("$.history[0].id").value(first))
			.andExpect(jsonPath("$.history[0].status").value("SUPERSEDED"));
		answer(this.client, first, "accept").andExpect(problem(409));
	}

	@ParameterizedTest(name = "{0} → 400 on {1}")
	@CsvSource(delimiter = '|',
			value = { "unknown category | allowedCategories", "response time 0 | responseTimeHours",
					"response time 169 | responseTimeHours", "crisis text too long | crisisInstructions",
					"absences text too long | duringAbsences", "no crisis text | crisisInstructions",
					"review date in the past | reviewDate", "reading days unknown | readingHours.days",
					"reading hours backwards | readingHours.to" })
	void badFieldsAre400AndNameTheField(String what, String field) throws Exception {
		Map<String, Object> body = body(List.of("SCHEDULING"), 48);
		switch (what) {
			case "unknown category" -> body.put("allowedCategories", List.of("SCHEDULING", "TEXT_ANY_TIME"));
			case "response time 0" -> body.put("responseTimeHours", 0);
			case "response time 169" -> body.put("responseTimeHours", 169);
			case "crisis text too long" -> body.put("crisisInstructions", "a".repeat(2001));
			case "absences text too long" -> body.put("duringAbsences", "b".repeat(2001));
			case "no crisis text" -> body.remove("crisisInstructions");
			case "review date in the past" -> body.put("reviewDate", "2020-01-01");
			case "reading days unknown" -> body.put("readingHours", Map.of("days", List.of("someday")));
			case "reading hours backwards" -> body.put("readingHours", Map.of("from", "17:00", "to", "09:00"));
			default -> throw new IllegalArgumentException(what);
		}
		MvcResult result = propose(this.therapist, this.client.id(), body).andExpect(problem(400)).andReturn();
		assertThat(errorFields(result)).containsExactly(field);
		this.mvc.perform(get("/api/v1/contact-agreement").with(bearer(this.client.token())))
			.andExpect(jsonPath("$.proposed").doesNotExist());
	}

	@Test
	void anUnknownFieldOrAWrongTypeIs400() throws Exception {
		Map<String, Object> body = body(List.of(), 48);
		body.put("textAnyTime", true);
		propose(this.therapist, this.client.id(), body).andExpect(problem(400));
		propose(this.therapist, this.client.id(), body(List.of(), "soon")).andExpect(problem(400));
	}

	@Test
	void anotherTherapistAnUnlinkedClientAndAnotherClientGet404() throws Exception {
		String id = proposed();
		Signed otherTherapist = therapistWithTotp();
		Signed otherClient = client();
		link(otherTherapist, otherClient);
		Signed unlinked = client();

		propose(otherTherapist, this.client.id(), body(List.of(), 24)).andExpect(problem(404));
		propose(this.therapist, unlinked.id(), body(List.of(), 24)).andExpect(problem(404));
		propose(this.therapist, java.util.UUID.randomUUID(), body(List.of(), 24)).andExpect(problem(404));
		this.mvc
			.perform(get("/api/v1/clients/{id}/contact-agreements", this.client.id())
				.with(bearer(otherTherapist.token())))
			.andExpect(problem(404));
		answer(otherClient, id, "accept").andExpect(problem(404));
		answer(unlinked, id, "discuss").andExpect(problem(404));
		answer(this.client, java.util.UUID.randomUUID().toString(), "accept").andExpect(problem(404));
		this.mvc.perform(get("/api/v1/contact-agreement").with(bearer(otherClient.token())))
			.andExpect(jsonPath("$.proposed").doesNotExist())
			.andExpect(jsonPath("$.history").isEmpty());
	}

	@Test
	void theWrongRoleIs403() throws Exception {
		String id = proposed();
		propose(this.client, this.client.id(), body(List.of(), 24)).andExpect(problem(403));
		this.mvc.perform(get("/api/v1/contact-agreement").with(bearer(this.therapist.token()))).andExpect(problem(403));
		answer(this.therapist, id, "accept").andExpect(problem(403));
		answer(this.therapist, id, "discuss").andExpect(problem(403));
	}

	@Test
	void anAcceptedAgreementWithRiskAlertsEmailsTheTherapistAndTheSafetyScreenSaysSo() throws Exception {
		String id = proposed();
		MvcResult before = checkin().andExpect(status().isCreated())
			.andExpect(jsonPath("$.safety.triggered").value(true))
			.andExpect(jsonPath("$.safety.therapistAlerted").value(false))
			.andReturn();
		assertThat(before.getResponse().getContentAsString()).isNotEmpty();
		assertThat(outbox()).isEmpty();
		assertThat(page(this.client, "/safety/now?reason=SUICIDAL_THOUGHTS&alerted=true"))
			.as("an address alone does not make it true")
			.doesNotContain("Your therapist was sent a short e-mail");

		answer(this.client, id, "accept").andExpect(status().isOk());
		checkin().andExpect(status().isCreated()).andExpect(jsonPath("$.safety.therapistAlerted").value(true));

		assertThat(outbox()).singleElement()
			.satisfies((mail) -> assertThat(mail).doesNotContain("Test client", "SUICIDAL", "hard night"));
		assertThat(page(this.client, "/safety/now?reason=SUICIDAL_THOUGHTS&alerted=true"))
			.contains("Your therapist was sent a short e-mail that something here needs their attention. "
					+ "They will read it when they next look — this is not a crisis service.");
		assertThat(page(this.client, "/safety/now?reason=SUICIDAL_THOUGHTS"))
			.doesNotContain("Your therapist was sent a short e-mail");
	}

	@Test
	void theCheckInPageLeadsToTheScreenThatSaysTheTherapistWasTold() throws Exception {
		answer(this.client, proposed(), "accept").andExpect(status().isOk());
		MvcResult posted = this.mvc
			.perform(post("/checkin").with(signedIn(this.client))
				.param("mood", "2")
				.param("distress", "8")
				.param("urge-SUICIDAL_THOUGHTS", "3"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String target = posted.getResponse().getRedirectedUrl();
		assertThat(target).startsWith("/safety/now?reason=SUICIDAL_THOUGHTS").endsWith("&alerted=true");
		assertThat(page(this.client, target)).contains("Your therapist was sent a short e-mail");
	}

	ResultActions checkin() throws Exception {
		return this.mvc.perform(postJson("/api/v1/checkins",
				toJson(Map.of("mood", 2, "distress", 8, "urges", Map.of("SUICIDAL_THOUGHTS", 3), "note", "hard night")))
			.with(bearer(this.client.token())));
	}

	List<String> outbox() {
		return this.jdbc.queryForList("select subject || ' ' || body from notify_outbox where recipient = ?",
				String.class, this.therapist.email());
	}

}
