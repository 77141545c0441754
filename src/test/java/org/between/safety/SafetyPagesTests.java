package org.between.safety;

import org.between.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The safety pages in plain HTML: the safety screen shows the plan and crisis lines and
 * says nobody watches in real time; the home page and every client page lead to it in one
 * tap.
 */
class SafetyPagesTests extends WebTest {

	@Test
	void theHomePageHasTheINeedHelpNowButtonToTheSafetyScreen() throws Exception {
		Signed client = client();
		this.mvc.perform(get("/").with(signedIn(client)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/safety/now\" data-testid=\"help-now\"")));
	}

	@Test
	void everyClientPageLinksToTheSafetyScreenInTheHeader() throws Exception {
		Signed client = client();
		for (String page : new String[] { "/", "/account", "/safety", "/safety/edit", "/safety/versions" }) {
			this.mvc.perform(get(page).with(signedIn(client)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/safety/now\" data-testid=\"nav-safety\"")))
				.andExpect(content().string(containsString("href=\"/crisis\"")));
		}
	}

	@Test
	void theSafetyScreenWithoutAPlanShowsCrisisLinesAndSaysNobodyWatches() throws Exception {
		Signed client = client();
		this.mvc.perform(get("/safety/now").with(signedIn(client)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString("Nobody watches Between in real time")))
			.andExpect(content().string(containsString("href=\"tel:112\"")))
			.andExpect(content().string(containsString("href=\"tel:142\"")))
			.andExpect(content().string(containsString("There is no plan here yet.")));
	}

	@Test
	void theSafetyScreenShowsOwnStepsFirstThenPeopleThenLines() throws Exception {
		Signed client = client();
		this.mvc
			.perform(post("/safety").with(signedIn(client))
				.param("copingStrategies", "Slow breathing\nCold water")
				.param("peopleToAsk[0].name", "Maya")
				.param("peopleToAsk[0].phone", "+43 660 1234567")
				.param("professionals[0].name", "Dr. Lind")
				.param("professionals[0].phone", "01 234 5678")
				.param("reasonsForLiving", "My cat"))
			.andExpect(redirectedUrl("/safety"));
		String page = this.mvc.perform(get("/safety/now").with(signedIn(client)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int ownSteps = page.indexOf("Slow breathing");
		int people = page.indexOf("tel:+436601234567");
		int professionals = page.indexOf("tel:012345678");
		int lines = page.indexOf("tel:142");
		org.assertj.core.api.Assertions.assertThat(ownSteps).isPositive();
		org.assertj.core.api.Assertions.assertThat(people).isGreaterThan(ownSteps);
		org.assertj.core.api.Assertions.assertThat(professionals).isGreaterThan(people);
		org.assertj.core.api.Assertions.assertThat(lines).isGreaterThan(professionals);
	}

	@Test
	void theFormKeepsWhatWasTypedAndPointsAtTheBadRow() throws Exception {
		Signed client = client();
		this.mvc
			.perform(post("/safety").with(signedIn(client))
				.param("warningSigns", "I stop answering")
				.param("peopleToAsk[0].name", "Maya")
				.param("peopleToAsk[1].name", "")
				.param("peopleToAsk[1].phone", "0660 123"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please add a name for this number.")))
			.andExpect(content().string(containsString("href=\"#peopleToAsk[1].name\"")))
			.andExpect(content().string(containsString("I stop answering")));
		this.mvc.perform(get("/api/v1/safety-plan").with(bearer(client.token())))
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.version").value(0));
	}

	@Test
	void theFacadesProblemsSitOnTheFormEachContactOnItsRowAsShownAgain() throws Exception {
		Signed client = client();
		this.mvc
			.perform(post("/safety").with(signedIn(client))
				.param("warningSigns", "x".repeat(501))
				.param("peopleToAsk[0].name", "")
				.param("peopleToAsk[0].phone", "")
				.param("peopleToAsk[1].name", "Maya")
				.param("peopleToAsk[1].phone", "call me"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please keep each line under 500 characters")))
			.andExpect(content().string(containsString("Please use only digits, spaces and + ( ) - . /")))
			// The blank row is dropped when the form is shown again: Maya is the first
			// row.
			.andExpect(content().string(containsString("href=\"#peopleToAsk[0].phone\"")))
			.andExpect(content().string(containsString("value=\"call me\"")));
		this.mvc.perform(get("/api/v1/safety-plan").with(bearer(client.token())))
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.version").value(0));
	}

	@Test
	void theTherapistPageOfASharedPlanIsLoggedAndOthersGetNotFound() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		this.mvc.perform(get("/clients/{id}/safety-plan", client.id()).with(signedIn(therapist)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/safety").with(signedIn(client))
				.param("copingStrategies", "Walk")
				.param("sharedWithTherapist", "true"))
			.andExpect(redirectedUrl("/safety"));
		this.mvc.perform(get("/clients/{id}/safety-plan", client.id()).with(signedIn(therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Walk")));
		Signed stranger = therapistWithTotp();
		this.mvc.perform(get("/clients/{id}/safety-plan", client.id()).with(signedIn(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/account").with(signedIn(client)))
			.andExpect(content().string(containsString("Your therapist read your safety plan")));
	}

	@Test
	void theClientPageLinksToWhatTheClientSharesAndIsNotFoundForOthers() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		this.mvc.perform(get("/clients").with(signedIn(therapist)))
			.andExpect(content().string(containsString("href=\"/clients/" + client.id() + "\"")));
		// Not shared: one kind sentence instead of a link to a 404 (issue 16); the
		// questionnaire schedules are
		// there either way.
		this.mvc.perform(get("/clients/{id}", client.id()).with(signedIn(therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has not shared their safety plan. You could talk about it")))
			.andExpect(content().string(not(containsString("href=\"/clients/" + client.id() + "/safety-plan\""))))
			.andExpect(content().string(containsString("href=\"/clients/" + client.id() + "/measures\"")));
		this.mvc
			.perform(put("/api/v1/safety-plan").contentType(MediaType.APPLICATION_JSON)
				.content("{\"warningSigns\":[\"Not sleeping\"],\"copingStrategies\":[],\"distractions\":[],"
						+ "\"peopleToAsk\":[],\"professionals\":[],\"environmentSafety\":[],\"reasonsForLiving\":[],"
						+ "\"sharedWithTherapist\":true}")
				.with(bearer(client.token())))
			.andExpect(status().is2xxSuccessful());
		this.mvc.perform(get("/clients/{id}", client.id()).with(signedIn(therapist)))
			.andExpect(content().string(containsString("href=\"/clients/" + client.id() + "/safety-plan\"")));
		this.mvc.perform(get("/clients/{id}", client.id()).with(signedIn(therapistWithTotp())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clients/{id}", client.id()).with(signedIn(client()))).andExpect(status().isNotFound());
	}

}
