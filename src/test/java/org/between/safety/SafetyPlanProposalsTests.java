package org.between.safety;

import java.time.LocalDate;
import java.time.ZoneId;

import org.between.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The therapist of a client who shares the plan proposes changes; the client takes them
 * (a new version written by the therapist) or keeps the plan; and the day the plan was
 * last gone through together, with a calm line after six months. 404 for everyone else.
 */
class SafetyPlanProposalsTests extends WebTest {

	static final String PROPOSAL = """
			{"warningSigns":["I stop answering messages","I skip meals"],
			 "copingStrategies":["Slow breathing","Cold water on my face"],
			 "distractions":["The library"],
			 "peopleToAsk":[{"name":"Maya","phone":"+49 170 1234567"}],
			 "professionals":[{"name":"Dr. Lind","phone":"030 1234 5678"}],
			 "environmentSafety":["Ask Maya to keep things for me"],
			 "reasonsForLiving":["My cat"],
			 "note":"As we said on Tuesday"}""";

	@Test
	void theTherapistProposesAndTheClientTakesItAsANewVersionWrittenByTheTherapist() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		savePlan(client, true, "AT");

		propose(therapist, client, PROPOSAL).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.proposedBy").value(therapist.account().displayName()))
			.andExpect(jsonPath("$.basedOnVersion").value(1))
			.andExpect(jsonPath("$.changes", hasSize(1)))
			.andExpect(jsonPath("$.changes[0].step").value("warningSigns"))
			.andExpect(jsonPath("$.changes[0].added[0]").value("I skip meals"));
		// Nothing changes until the client answers.
		this.mvc.perform(get("/api/v1/safety-plan").with(bearer(client.token())))
			.andExpect(jsonPath("$.version").value(1));

		String id = read(this.mvc.perform(get("/api/v1/safety-plan/proposals").with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].note").value("As we said on Tuesday"))
			.andReturn(), "$[0].id");

		this.mvc.perform(post("/api/v1/safety-plan/proposals/{id}/accept", id).with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.warningSigns[1]").value("I skip meals"))
			.andExpect(jsonPath("$.writtenBy.role").value("THERAPIST"))
			.andExpect(jsonPath("$.writtenBy.name").value(therapist.account().displayName()))
			// The client's own choices stay theirs.
			.andExpect(jsonPath("$.sharedWithTherapist").value(true))
			.andExpect(jsonPath("$.crisisCountry").value("AT"));
		this.mvc.perform(get("/api/v1/safety-plan/versions").with(bearer(client.token())))
			.andExpect(jsonPath("$[0].writtenBy.role").value("THERAPIST"))
			.andExpect(jsonPath("$[1].writtenBy.role").value("CLIENT"));
		this.mvc.perform(get("/api/v1/safety-plan/proposals").with(bearer(client.token())))
			.andExpect(jsonPath("$", hasSize(0)));
		// Answered once only.
		this.mvc.perform(post("/api/v1/safety-plan/proposals/{id}/decline", id).with(bearer(client.token())))
			.andExpect(status().isConflict());
		Integer readsBefore = reads(therapist, client);
		this.mvc.perform(get("/api/v1/clients/{id}/safety-plan/proposals", client.id()).with(bearer(therapist.token())))
			.andExpect(jsonPath("$[0].status").value("ACCEPTED"))
			.andExpect(jsonPath("$[0].acceptedVersion").value(2));
		// What the proposals would change shows the plan: the therapist's read is logged.
		assertThat(reads(therapist, client)).isEqualTo(readsBefore + 1);

		// The proposal and the answer are in the client's access log.
		this.mvc.perform(get("/api/v1/me/access-log").with(bearer(client.token())))
			.andExpect(content().string(containsString("SAFETY_PLAN_PROPOSED")))
			.andExpect(content().string(containsString("SAFETY_PLAN_PROPOSAL_ACCEPTED")));
		Integer proposed = this.jdbc.queryForObject(
				"select count(*) from audit_log where action = 'SAFETY_PLAN_PROPOSED' and actor_id = ? and subject_id = ?",
				Integer.class, therapist.id(), client.id());
		assertThat(proposed).isEqualTo(1);
	}

	@Test
	void aDeclinedProposalLeavesThePlanAsItWas() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		savePlan(client, true, null);
		String id = read(propose(therapist, client, PROPOSAL).andReturn(), "$.id");

		this.mvc.perform(post("/api/v1/safety-plan/proposals/{id}/decline", id).with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECLINED"));
		this.mvc.perform(get("/api/v1/safety-plan").with(bearer(client.token())))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.warningSigns", hasSize(1)));
		this.mvc.perform(post("/api/v1/safety-plan/proposals/{id}/accept", id).with(bearer(client.token())))
			.andExpect(status().isConflict());
	}

	@Test
	void proposalsAreNotFoundUnlessLinkedAndSharedAndForAnyoneElse() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		// No plan, then a plan that is not shared: nothing to propose to.
		propose(therapist, client, PROPOSAL).andExpect(status().isNotFound());
		savePlan(client, false, null);
		propose(therapist, client, PROPOSAL).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/clients/{id}/safety-plan/proposals", client.id()).with(bearer(therapist.token())))
			.andExpect(status().isNotFound());
		savePlan(client, true, null);
		String id = read(propose(therapist, client, PROPOSAL).andExpect(status().isCreated()).andReturn(), "$.id");

		Signed stranger = therapistWithTotp();
		propose(stranger, client, PROPOSAL).andExpect(status().isNotFound());
		Signed otherClient = client();
		propose(otherClient, client, PROPOSAL).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/safety-plan/proposals").with(bearer(otherClient.token())))
			.andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(post("/api/v1/safety-plan/proposals/{id}/accept", id).with(bearer(otherClient.token())))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/safety-plan/proposals/{id}/decline", id).with(bearer(otherClient.token())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/safety-plan/proposals/{id}/accept", java.util.UUID.randomUUID())
				.with(bearer(client.token())))
			.andExpect(status().isNotFound());
		// Sharing turned off: the therapist can no longer propose.
		savePlan(client, false, null);
		propose(therapist, client, PROPOSAL).andExpect(status().isNotFound());
	}

	@Test
	void aProposalWithTooMuchIsRefusedAndStoresNothing() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		savePlan(client, true, null);
		propose(therapist, client, "{\"note\":\"" + "x".repeat(2001) + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		propose(therapist, client, "{\"copingStrategies\":[" + "\"a\",".repeat(20) + "\"b\"]}")
			.andExpect(status().isBadRequest());
		propose(therapist, client, "{\"peopleToAsk\":[{\"name\":\"Maya\",\"phone\":\"call me\"}]}")
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/safety-plan/proposals").with(bearer(client.token())))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void theDayThePlanWasGoneThroughTogetherIsKeptAndCannotBeInTheFuture() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		reviewed(client, "{}").andExpect(status().isUnprocessableContent());
		savePlan(client, true, null);
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Vienna")));

		reviewed(client, "{\"on\":\"" + today.minusDays(3) + "\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.reviewedTogether").value(today.minusDays(3).toString()));
		reviewed(client, "{\"on\":\"" + today.plusDays(2) + "\"}").andExpect(status().isUnprocessableContent());
		reviewed(client, "{\"on\":\"not a day\"}").andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/safety-plan").with(bearer(client.token())))
			.andExpect(jsonPath("$.reviewedTogether").value(today.minusDays(3).toString()));

		// The therapist, with the client, may note it too; others get 404.
		this.mvc
			.perform(post("/api/v1/clients/{id}/safety-plan/reviewed", client.id()).with(bearer(therapist.token()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.on").value(today.toString()));
		this.mvc.perform(get("/clients/{id}/safety-plan", client.id()).with(signedIn(therapist)))
			.andExpect(content().string(containsString("Last gone through together with your therapist:")));
		this.mvc
			.perform(post("/api/v1/clients/{id}/safety-plan/reviewed", client.id())
				.with(bearer(therapistWithTotp().token()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/me/access-log").with(bearer(client.token())))
			.andExpect(content().string(containsString("SAFETY_PLAN_REVIEWED")));
	}

	@Test
	void afterSixMonthsThePlanPageSaysCalmlyThatItMayBeTimeToGoThroughItAgain() throws Exception {
		Signed client = client();
		this.mvc.perform(post("/safety").with(signedIn(client)).param("copingStrategies", "Walk"))
			.andExpect(redirectedUrl("/safety"));
		this.mvc.perform(post("/safety/reviewed").with(signedIn(client))).andExpect(redirectedUrl("/safety"));
		this.mvc.perform(get("/safety").with(signedIn(client)))
			.andExpect(content().string(containsString("Last gone through together with your therapist:")))
			.andExpect(content().string(not(containsString("data-testid=\"review-due\""))));

		Signed neverReviewed = client();
		this.mvc.perform(post("/safety").with(signedIn(neverReviewed)).param("copingStrategies", "Walk"))
			.andExpect(redirectedUrl("/safety"));
		this.mvc.perform(get("/safety").with(signedIn(neverReviewed)))
			.andExpect(content().string(containsString("Not gone through together with a therapist yet.")))
			.andExpect(content().string(not(containsString("data-testid=\"review-due\""))));

		this.clock.advance(java.time.Duration.ofDays(185));
		this.mvc.perform(get("/safety").with(signedIn(neverReviewed)))
			.andExpect(content().string(containsString("You wrote this plan a while ago.")));
		this.mvc.perform(get("/safety").with(signedIn(client)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"review-due\"")))
			.andExpect(
					content().string(containsString("It has been a while since you went through this plan together.")));
		// The safety screen itself never nags.
		this.mvc.perform(get("/safety/now").with(signedIn(client)))
			.andExpect(content().string(not(containsString("It has been a while"))));
	}

	@Test
	void theTherapistProposesFromTheClientPlanPageAndTheClientAcceptsOnTheirPlanPage() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		this.mvc.perform(get("/clients/{id}/safety-plan/propose", client.id()).with(signedIn(therapist)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/safety").with(signedIn(client))
				.param("copingStrategies", "Walk")
				.param("sharedWithTherapist", "true"))
			.andExpect(redirectedUrl("/safety"));

		this.mvc.perform(get("/clients/{id}/safety-plan", client.id()).with(signedIn(therapist)))
			.andExpect(content().string(containsString("href=\"/clients/" + client.id() + "/safety-plan/propose\"")));
		this.mvc.perform(get("/clients/{id}/safety-plan/propose", client.id()).with(signedIn(therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Walk</textarea>")));
		this.mvc
			.perform(post("/clients/{id}/safety-plan/proposals", client.id()).with(signedIn(therapist))
				.param("copingStrategies", "Walk\nPaced breathing")
				.param("peopleToAsk[0].name", "Maya")
				.param("peopleToAsk[0].phone", "+43 660 1234567")
				.param("note", "From our session"))
			.andExpect(redirectedUrl("/clients/" + client.id() + "/safety-plan"));
		// A bad row is shown on the form, nothing is sent.
		this.mvc
			.perform(post("/clients/{id}/safety-plan/proposals", client.id()).with(signedIn(therapist))
				.param("peopleToAsk[0].name", "")
				.param("peopleToAsk[0].phone", "0660"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please add a name for this number.")));
		this.mvc
			.perform(post("/clients/{id}/safety-plan/proposals", client.id()).with(signedIn(therapistWithTotp()))
				.param("copingStrategies", "Walk"))
			.andExpect(status().isNotFound());

		String page = this.mvc.perform(get("/safety").with(signedIn(client)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-testid=\"proposal\"", "suggested changes to your plan", "From our session",
				"Paced breathing", "Maya, +43 660 1234567", "Use these changes", "Keep my plan as it is");
		String id = this.jdbc.queryForObject("select id from safety_plan_proposal where client_id = ?", String.class,
				client.id());
		this.mvc.perform(post("/safety/proposals/{id}/accept", id).with(signedIn(client())))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/safety/proposals/{id}/accept", id).with(signedIn(client)))
			.andExpect(redirectedUrl("/safety"));
		this.mvc.perform(get("/safety").with(signedIn(client)))
			.andExpect(content().string(containsString("Changes from " + therapist.account().displayName())))
			.andExpect(content().string(not(containsString("data-testid=\"proposal\""))));
		this.mvc.perform(get("/clients/{id}/safety-plan", client.id()).with(signedIn(therapist)))
			.andExpect(content().string(containsString("accepted (version 2)")));
	}

	@Test
	void theProposalAndReviewEndpointsAreInTheOpenApiDocument() throws Exception {
		String doc = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(doc).contains("\"/api/v1/clients/{clientId}/safety-plan/proposals\"",
				"\"/api/v1/safety-plan/proposals\"", "\"/api/v1/safety-plan/proposals/{id}/accept\"",
				"\"/api/v1/safety-plan/proposals/{id}/decline\"", "\"/api/v1/safety-plan/reviewed\"",
				"\"/api/v1/clients/{clientId}/safety-plan/reviewed\"", "writtenBy", "reviewedTogether");
	}

	private Integer reads(Signed therapist, Signed client) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_log where action = 'SAFETY_PLAN_READ' and actor_id = ? and subject_id = ?",
				Integer.class, therapist.id(), client.id());
	}

	private ResultActions propose(Signed therapist, Signed client, String body) throws Exception {
		return this.mvc
			.perform(post("/api/v1/clients/{id}/safety-plan/proposals", client.id()).with(bearer(therapist.token()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body));
	}

	private ResultActions reviewed(Signed client, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/safety-plan/reviewed").with(bearer(client.token()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private void savePlan(Signed client, boolean shared, String country) throws Exception {
		String plan = SafetyPlanApiTests.PLAN.formatted(shared);
		if (country != null) {
			plan = plan.replace("\"sharedWithTherapist\"",
					"\"crisisCountry\":\"" + country + "\",\"sharedWithTherapist\"");
		}
		this.mvc
			.perform(put("/api/v1/safety-plan").with(bearer(client.token()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(plan))
			.andExpect(status().isOk());
	}

}
