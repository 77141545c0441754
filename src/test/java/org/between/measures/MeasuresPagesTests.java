package org.between.measures;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.between.measures.People.Person;
import org.between.safety.SafetyNet;
import org.between.support.WebTest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages: plain forms, the safety redirect, the chart page, the home card. */
class MeasuresPagesTests extends WebTest {

	People people;

	@BeforeEach
	void setUp() {
		// WebTest has set the clock to now: other classes sharing this context may have
		// moved it, and sessions follow real time.
		this.people = new People(this.mvc, this.clock);
	}

	@Test
	void theFormShowsThePublishedWordingAsRadioGroupsInFieldsets() throws Exception {
		Person client = this.people.client();
		this.mvc.perform(get("/measures/PHQ9/answer").with(client.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Over the last 2 weeks, how often have you been bothered by any of the following problems?")))
			.andExpect(content().string(containsString("<fieldset")))
			.andExpect(content().string(containsString("type=\"radio\" id=\"q9-3\" name=\"q9\" value=\"3\"")))
			.andExpect(content().string(containsString("More than half the days")))
			.andExpect(content().string(containsString(
					"Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.")));
		this.mvc.perform(get("/measures/SELF_RELIANCE/answer").with(client.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not a validated questionnaire")));
	}

	@Test
	void answeringShowsTheScoreInPlainNonDiagnosticWords() throws Exception {
		Person client = this.people.client();
		String location = this.mvc.perform(form("/measures/PHQ9/answer", client, 2, 2, 2, 2, 2, 1, 1, 0, 0))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		this.mvc.perform(get(location).with(client.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your score is 12 out of 27.")))
			.andExpect(content().string(containsString("Moderate")))
			.andExpect(content().string(
					containsString("This is a screening score, not a diagnosis; talk it over with your therapist.")));
	}

	@Test
	void aSevereScoreWithItem9AtZeroShowsACalmLineWithThePlanAndTheTherapist() throws Exception {
		Person client = this.people.client();
		String severe = this.mvc.perform(form("/measures/PHQ9/answer", client, 3, 3, 3, 3, 3, 3, 2, 0, 0))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(severe).with(client.session()))
			.andExpect(content().string(containsString("Your score is 20 out of 27.")))
			.andExpect(content().string(containsString("data-testid=\"severe-support\"")))
			.andExpect(content().string(containsString("You do not have to carry this alone.")))
			.andExpect(content().string(containsString("talk about these answers with your therapist")))
			.andExpect(content().string(containsString("href=\"/safety/now\"")));

		String moderatelySevere = this.mvc.perform(form("/measures/PHQ9/answer", client, 3, 3, 3, 3, 3, 3, 1, 0, 0))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(moderatelySevere).with(client.session()))
			.andExpect(content().string(containsString("Your score is 19 out of 27.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("severe-support"))));
	}

	@Test
	void item9AboveZeroLeadsStraightToTheSafetyScreenAndIsStored() throws Exception {
		Person client = this.people.client();
		this.mvc.perform(form("/measures/PHQ9/answer", client, 0, 0, 0, 0, 0, 0, 0, 0, 1))
			.andExpect(status().is3xxRedirection())
			// With the response, so that the safety screen can link to the answers.
			.andExpect(header().string("Location",
					matchesPattern(SafetyNet.SAFETY_SCREEN + "\\?reason=PHQ9_ITEM_9&response=[0-9a-f-]{36}")));
		this.mvc.perform(get("/api/v1/measures/PHQ9/responses").with(client.bearer()))
			.andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void aMissingAnswerKeepsTheOthersAndStoresNothing() throws Exception {
		Person client = this.people.client();
		this.mvc.perform(form("/measures/GAD7/answer", client, 1, 2, 3, 0, 1, 2))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please choose an answer for question 7.")))
			.andExpect(content().string(org.hamcrest.Matchers
				.matchesRegex("(?s).*id=\"q3-3\" name=\"q3\" value=\"3\"\\s+required checked=\"checked\".*")));
		this.mvc.perform(get("/api/v1/measures/GAD7/responses").with(client.bearer()))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void theMeasurePageHasTheChartDataASummaryAndATable() throws Exception {
		Person client = this.people.client();
		this.mvc.perform(form("/measures/GAD7/answer", client, 3, 3, 3, 0, 0, 0, 0));
		// The second answer comes later: with a still clock both would share one instant.
		this.clock.advance(Duration.ofMinutes(1));
		this.mvc.perform(form("/measures/GAD7/answer", client, 1, 1, 0, 0, 0, 0, 0));

		this.mvc.perform(get("/measures/GAD7").with(client.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-chart=")))
			.andExpect(content().string(
					org.hamcrest.Matchers.matchesRegex("(?s).*/webjars/chart\\.js/[0-9.]*/?dist/chart\\.umd\\.js.*")))
			.andExpect(content().string(containsString("/js/measures-chart.js")))
			.andExpect(content().string(containsString("You have answered 2 times. Your latest score is 2")))
			.andExpect(content().string(containsString("That is 7 points lower")))
			.andExpect(content().string(containsString("<table")))
			.andExpect(content().string(not(containsString("style="))));
		this.mvc.perform(get("/measures").with(client.session())).andExpect(status().isOk());
		this.mvc.perform(get("/measures/PHQ2").with(client.session())).andExpect(status().isNotFound());
	}

	@Test
	void aDueQuestionnaireShowsACalmCardOnTheClientsHome() throws Exception {
		Person therapist = this.people.therapist();
		Person client = this.people.linkedTo(therapist);
		this.mvc.perform(get("/").with(client.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-testid=\"measures-due\""))));

		this.mvc
			.perform(
					People
						.json(put("/api/v1/clients/{id}/measure-schedule", client.id()),
								Map.of("code", "PHQ9", "everyDays", 14))
						.with(therapist.bearer()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/").with(client.session()))
			.andExpect(content().string(containsString("data-testid=\"measures-due\"")))
			.andExpect(content().string(not(containsString("overdue"))));

		this.mvc.perform(form("/measures/PHQ9/answer", client, 0, 0, 0, 0, 0, 0, 0, 0, 0));
		this.mvc.perform(get("/").with(client.session()))
			.andExpect(content().string(not(containsString("data-testid=\"measures-due\""))));
		// Due again 14 days later: MeasuresModuleTests pins it. A page session cannot
		// follow the
		// clock that far: sessions end 12 hours after sign-in.
	}

	@Test
	void theTherapistPageShowsALinkedClientAndIsNotFoundForOthers() throws Exception {
		Person therapist = this.people.therapist();
		Person client = this.people.linkedSharingTo(therapist);
		Person stranger = this.people.therapist();
		this.mvc.perform(form("/measures/PHQ9/answer", client, 1, 1, 1, 1, 1, 1, 1, 1, 0));

		this.mvc.perform(get("/clients/{id}/measures", client.id()).with(therapist.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Questionnaires of Sam")))
			.andExpect(content().string(containsString("data-chart=")));
		this.mvc
			.perform(post("/clients/{id}/measures/schedule", client.id()).with(therapist.session())
				.with(csrf())
				.param("code", "GAD7")
				.param("everyDays", "7"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/clients/{id}/measures", client.id()).with(therapist.bearer()))
			.andExpect(jsonPath("$.measures[1].schedule.everyDays").value(7));

		this.mvc.perform(get("/clients/{id}/measures", client.id()).with(stranger.session()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clients/{id}/measures", client.id()).with(client.session()))
			.andExpect(status().is(org.hamcrest.Matchers.oneOf(403, 404)));
	}

	private static MockHttpServletRequestBuilder form(String path, Person person, int... answers) {
		MockHttpServletRequestBuilder request = post(path).with(person.session()).with(csrf());
		for (int i = 0; i < answers.length; i++) {
			request.param("q" + (i + 1), Integer.toString(answers[i]));
		}
		return request;
	}

}
