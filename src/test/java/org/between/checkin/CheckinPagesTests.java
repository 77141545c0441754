package org.between.checkin;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.between.safety.SafetyNet;
import org.between.support.WebTest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The check-in pages in plain HTML: the form, the risk path to the safety screen, the
 * calm confirmation, the history with charts, and the home card.
 */
class CheckinPagesTests extends WebTest {

	@Test
	void theFormHasBigNumberedRadioScalesInFieldsetsAndWorksWithoutScript() throws Exception {
		Signed client = client();
		String page = this.mvc.perform(get("/checkin").with(signedIn(client)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("How are you right now?")))
			.andExpect(content().string(containsString("<legend>Mood</legend>")))
			.andExpect(content().string(containsString("<legend>Distress</legend>")))
			.andExpect(content().string(containsString("type=\"radio\" name=\"mood\" id=\"mood-10\" value=\"10\"")))
			.andExpect(content().string(containsString("type=\"radio\" name=\"distress\" id=\"distress-0\"")))
			.andExpect(content().string(containsString("type=\"checkbox\" name=\"emotions\" id=\"emotion-GRATEFUL\"")))
			.andExpect(content().string(containsString("type=\"datetime-local\" id=\"when\" name=\"when\"")))
			.andExpect(content().string(containsString("Leaning on your therapist is a normal part of therapy.")))
			.andExpect(content().string(containsString("href=\"/crisis\"")))
			// The toolbox's skills are offered for "I used a skill".
			.andExpect(content().string(containsString("name=\"usedSkill\"")))
			.andExpect(content().string(not(containsString("chart.umd.js"))))
			.andExpect(content().string(not(containsString("style="))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (Urge urge : Urge.values()) {
			// Every urge starts at 0, so that leaving it alone is a valid answer.
			assertThat(page).containsPattern(
					"name=\"urge-" + urge + "\" id=\"urge-" + urge + "-0\" value=\"0\"\\s+checked=\"checked\"");
		}
		assertThat(page.split("type=\"radio\" name=\"mood\"", -1)).hasSize(12);
	}

	@Test
	void suicidalThoughtsLeadStraightToTheSafetyScreenNamingTheReason() throws Exception {
		Signed client = client();
		this.mvc.perform(checkIn(client).param("urge-SUICIDAL_THOUGHTS", "1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(SafetyNet.SAFETY_SCREEN + "?reason=SUICIDAL_THOUGHTS"));
		this.mvc.perform(checkIn(client).param("urge-SELF_HARM", "4").param("urge-SUICIDAL_THOUGHTS", "2"))
			.andExpect(redirectedUrl("/safety/now?reason=SUICIDAL_THOUGHTS&reason=SELF_HARM"));
		assertThat(stored(client)).isEqualTo(2);
		this.mvc.perform(get("/safety/now?reason=SUICIDAL_THOUGHTS").with(signedIn(client)))
			.andExpect(content().string(containsString("You told us you are having thoughts of suicide.")));
	}

	@ParameterizedTest(name = "acted on {0}")
	@ValueSource(strings = { "SELF_HARM", "SUICIDAL_THOUGHTS" })
	void actingOnARiskUrgeLeadsToTheSafetyScreenWithEveryUrgeAtZero(String urge) throws Exception {
		Signed client = client();
		this.mvc
			.perform(checkIn(client).param("urge-SELF_HARM", "0")
				.param("urge-SUICIDAL_THOUGHTS", "0")
				.param("actedOnUrge", "true")
				.param("actedOnUrgeWhich", urge))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(SafetyNet.SAFETY_SCREEN + "?reason=ACTED_ON_URGE"));
		assertThat(stored(client)).isEqualTo(1);
		this.mvc.perform(get("/safety/now?reason=ACTED_ON_URGE").with(signedIn(client)))
			.andExpect(content().string(containsString("You told us you acted on an urge to hurt yourself")));
	}

	@Test
	void actingOnABackdatedRiskUrgeStillLeadsToTheSafetyScreen() throws Exception {
		Signed client = client();
		String twoDaysAgo = this.clock.instant()
			.minus(Duration.ofDays(2))
			.atZone(ZoneId.of("Europe/Vienna"))
			.toLocalDateTime()
			.truncatedTo(ChronoUnit.MINUTES)
			.toString();
		this.mvc
			.perform(checkIn(client).param("when", twoDaysAgo)
				.param("whenShown", "2000-01-01T00:00")
				.param("actedOnUrge", "true")
				.param("actedOnUrgeWhich", "SELF_HARM"))
			.andExpect(redirectedUrl(SafetyNet.SAFETY_SCREEN + "?reason=ACTED_ON_URGE"));
	}

	@Test
	void theInlineHelpLinkOfTheUrgesIsTheClientsOwnSafetyScreen() throws Exception {
		Signed client = client();
		this.mvc.perform(get("/checkin").with(signedIn(client)))
			.andExpect(content().string(matchesRegex(
					"(?s).*If you are in danger right now,</span>\\s*<a href=\"/safety/now\">get help now</a>.*")));
	}

	@Test
	void savingShowsACalmConfirmationWithTheNumbersGiven() throws Exception {
		Signed client = client();
		MvcResult saved = this.mvc
			.perform(checkIn(client).param("emotions", "SAD", "LONELY")
				.param("urge-BINGE_PURGE", "2")
				.param("firstTurnedTo", "THERAPIST")
				.param("reachedOutTo", "FRIEND")
				.param("waited", "true")
				.param("note", "Long day."))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/checkin/*?saved=true"))
			.andReturn();
		String location = saved.getResponse().getRedirectedUrl();

		this.mvc.perform(get(location).with(signedIn(client)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 data-testid=\"saved\">Saved.</h1>")))
			.andExpect(content().string(containsString("3 of 10")))
			.andExpect(content().string(containsString("7 of 10")))
			.andExpect(content().string(containsString("Sad")))
			.andExpect(content().string(containsString("To binge or purge: 2 of 5")))
			.andExpect(content().string(containsString("My therapist")))
			.andExpect(content().string(containsString("Reached out to: A friend")))
			.andExpect(content().string(containsString("I waited for my session")))
			.andExpect(content().string(containsString("Long day.")))
			.andExpect(content().string(containsString("href=\"/checkin/history\"")))
			.andExpect(content().string(not(matchesRegex("(?is).*(great|well done|good job|too high|only \\d).*"))));
		// Later, the same page is the check-in itself, not "Saved." again.
		this.mvc.perform(get(location.replace("?saved=true", "")).with(signedIn(client)))
			.andExpect(content().string(containsString("Your check-in")))
			.andExpect(content().string(not(containsString("Saved."))));
	}

	@Test
	void aMistakeKeepsEverythingChosenAndLinksToTheField() throws Exception {
		Signed client = client();
		this.mvc
			.perform(post("/checkin").with(signedIn(client))
				.param("distress", "8")
				.param("emotions", "ANGRY")
				.param("urge-SUBSTANCES", "3")
				.param("reachedOut", "true")
				.param("note", "kept text"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"error-summary\"")))
			.andExpect(content().string(containsString("href=\"#mood-0\"")))
			.andExpect(content().string(containsString("Please choose your mood, a number from 0 to 10.")))
			.andExpect(content().string(containsString("href=\"#reachedOutTo\"")))
			.andExpect(content().string(matchesRegex("(?s).*id=\"distress-8\" value=\"8\"[^>]*checked=\"checked\".*")))
			.andExpect(content().string(matchesRegex("(?s).*id=\"emotion-ANGRY\" value=\"ANGRY\"\\s+checked.*")))
			.andExpect(content().string(matchesRegex("(?s).*id=\"urge-SUBSTANCES-3\" value=\"3\"\\s+checked.*")))
			.andExpect(content().string(containsString("kept text</textarea>")));
		assertThat(stored(client)).isZero();
	}

	@Test
	void whenCanBeMovedBackUpToSevenDaysInTheClientsZone() throws Exception {
		Signed client = client();
		ZoneId vienna = ZoneId.of("Europe/Vienna");
		Instant threeDaysAgo = this.clock.instant().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
		String local = threeDaysAgo.atZone(vienna).toLocalDateTime().toString();
		String location = this.mvc.perform(checkIn(client).param("when", local).param("whenShown", "2000-01-01T00:00"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1, location.indexOf('?'));
		this.mvc.perform(get("/api/v1/checkins/{id}", id).with(bearer(client.token())))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.at")
				.value(threeDaysAgo.toString()));

		String eightDaysAgo = this.clock.instant()
			.minus(Duration.ofDays(8))
			.atZone(vienna)
			.toLocalDateTime()
			.truncatedTo(ChronoUnit.MINUTES)
			.toString();
		this.mvc.perform(checkIn(client).param("when", eightDaysAgo).param("whenShown", "2000-01-01T00:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#when\"")))
			.andExpect(content().string(containsString("A check-in can be dated at most 7 days back.")))
			.andExpect(content().string(containsString("<details class=\"when\" open")));
	}

	@Test
	void theHistoryHasChartsWithSummariesAndATable() throws Exception {
		Signed client = client();
		Instant now = this.clock.instant();
		record(client, now.minus(Duration.ofDays(10)), 6, 6);
		record(client, now.minus(Duration.ofDays(9)), 4, 4);
		record(client, now.minus(Duration.ofDays(2)), 5, 3);
		record(client, now.minus(Duration.ofHours(3)), 7, 6);

		this.mvc.perform(get("/checkin/history").with(signedIn(client)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-checkin-chart=")))
			.andExpect(content().string(matchesRegex("(?s).*/webjars/chart\\.js/[0-9.]*/?dist/chart\\.umd\\.js.*")))
			.andExpect(content().string(containsString("/js/checkin-charts.js")))
			.andExpect(content().string(containsString(
					"Your distress averaged 4.8 in the last 30 days. There are no check-ins from the 30 days before.")))
			.andExpect(content()
				.string(containsString("Alcohol or drugs: on average 1.0 in the last 30 days, at most 1 of 5.")))
			.andExpect(content().string(containsString("data-testid=\"chart-contact\"")))
			.andExpect(content().string(containsString("In the last 30 days: 4 check-ins, from 3 to 6.")))
			.andExpect(content().string(containsString("<table class=\"checkin-table\"")))
			.andExpect(content().string(containsString("<th scope=\"col\">Distress</th>")))
			.andExpect(content().string(containsString("aria-current=\"page\"")))
			.andExpect(content().string(not(containsString("style="))));
		// the summaries speak of the period chosen, against the one before it
		this.mvc.perform(get("/checkin/history?days=7").with(signedIn(client)))
			.andExpect(content().string(containsString("In the last 7 days: 2 check-ins")))
			.andExpect(content()
				.string(containsString("Your distress averaged 4.5 in the last 7 days and 5.0 in the 7 days before.")))
			.andExpect(content()
				.string(containsString("Your mood averaged 6.0 in the last 7 days and 5.0 in the 7 days before.")));
	}

	@Test
	void anEmptyHistoryExplainsItselfKindly() throws Exception {
		Signed client = client();
		this.mvc.perform(get("/checkin/history").with(signedIn(client)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"history-empty\"")))
			.andExpect(content()
				.string(containsString("There are no check-ins from the last 30 days or the 30 days before.")))
			.andExpect(content().string(not(containsString("chart.umd.js"))));
	}

	@Test
	void theHomeCardIsAlwaysTheSameCalmOffer() throws Exception {
		Signed client = client();
		this.mvc.perform(get("/").with(signedIn(client)))
			.andExpect(content().string(containsString("data-testid=\"checkin-card\"")))
			.andExpect(content().string(containsString("How are you right now?")))
			.andExpect(content().string(containsString("href=\"/checkin\"")));
		this.mvc.perform(checkIn(client));
		this.clock.advance(Duration.ofDays(20));
		this.mvc.perform(get("/").with(signedIn(client)))
			.andExpect(content().string(containsString("data-testid=\"checkin-card\"")))
			.andExpect(content().string(not(matchesRegex("(?is).*(haven.t checked|days? ago|streak|missed).*"))));
	}

	@Test
	void therapistsGetNoCheckInPagesAndNoCard() throws Exception {
		Signed therapist = therapistWithTotp();
		this.mvc.perform(get("/checkin").with(signedIn(therapist))).andExpect(status().isForbidden());
		this.mvc.perform(get("/checkin/history").with(signedIn(therapist))).andExpect(status().isForbidden());
		this.mvc.perform(checkIn(therapist)).andExpect(status().isForbidden());
		this.mvc.perform(get("/").with(signedIn(therapist)))
			.andExpect(content().string(not(containsString("data-testid=\"checkin-card\""))));
	}

	@Test
	void anotherClientsCheckInPageIsNotFound() throws Exception {
		Signed owner = client();
		Signed other = client();
		String location = this.mvc.perform(checkIn(owner)).andReturn().getResponse().getRedirectedUrl();
		this.mvc.perform(get(location).with(signedIn(other))).andExpect(status().isNotFound());
		this.mvc.perform(get(location).with(signedIn(owner))).andExpect(status().isOk());
	}

	/** A typical check-in: mood 3, distress 7, everything else left as it is. */
	private MockHttpServletRequestBuilder checkIn(Signed person) {
		return post("/checkin").with(signedIn(person)).param("mood", "3").param("distress", "7");
	}

	/** Records a check-in "now" with the clock moved to {@code at}: older than 7 days. */
	private void record(Signed client, Instant at, int mood, int distress) throws Exception {
		Instant now = this.clock.instant();
		this.clock.set(at);
		try {
			this.mvc
				.perform(postJson("/api/v1/checkins",
						toJson(Map.of("mood", mood, "distress", distress, "urges", Map.of("SUBSTANCES", 1))))
					.with(bearer(client.token())))
				.andExpect(status().isCreated());
		}
		finally {
			this.clock.set(now);
		}
	}

	private int stored(Signed client) {
		Integer count = this.jdbc.queryForObject("select count(*) from checkin_entry where client_id = ?",
				Integer.class, client.id());
		return (count != null) ? count : 0;
	}

}
