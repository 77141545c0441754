package org.between.insights;

import java.time.Duration;

import org.between.support.WebTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** API.md "insights": counts, the concentration index, sharing and its 404s. */
class InsightsApiTests extends WebTest {

	private void checkIn(Signed client, String firstTurnedTo) throws Exception {
		this.mvc.perform(
				postJson("/api/v1/checkins", "{\"mood\":5,\"distress\":4,\"firstTurnedTo\":\"" + firstTurnedTo + "\"}")
					.with(bearer(client.token())))
			.andExpect(status().isCreated());
	}

	@Test
	void firstTurnsAreCountedAndTheConcentrationIsTheHerfindahlIndex() throws Exception {
		Signed client = client();
		checkIn(client, "THERAPIST");
		checkIn(client, "THERAPIST");
		checkIn(client, "THERAPIST");
		checkIn(client, "FRIEND");
		checkIn(client, "SELF");
		this.mvc.perform(get("/api/v1/insights/self-reliance").with(bearer(client.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.firstTurnedTo.THERAPIST").value(3))
			.andExpect(jsonPath("$.firstTurnedTo.SELF").value(1))
			.andExpect(jsonPath("$.concentration", closeTo(0.625, 1e-9)))
			.andExpect(jsonPath("$.turnsToPeople").value(4))
			.andExpect(jsonPath("$.byMonth[-1:].counts.THERAPIST").value(3));
	}

	@Test
	void theGentleNoteAppearsWhenOnePersonCarriesMostAndNeverShames() throws Exception {
		Signed client = client();
		for (int i = 0; i < 5; i++) {
			checkIn(client, "THERAPIST");
		}
		this.mvc.perform(get("/insights").with(signedIn(client)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"gentle-note\"")))
			.andExpect(content().string(containsString("That is normal in therapy")))
			.andExpect(content().string(containsString("data-chart=")));
	}

	@Test
	void theInBetweenViewSaysItNeedsSessions() throws Exception {
		Signed client = client();
		this.mvc.perform(get("/api/v1/insights/in-between").with(bearer(client.token())))
			.andExpect(jsonPath("$.available").value(false))
			.andExpect(jsonPath("$.reason").value("NO_SESSIONS"))
			.andExpect(jsonPath("$.byDaysSinceSession", hasSize(0)));
	}

	@Test
	void theInBetweenViewCountsDaysSinceTheLastHeldSession() throws Exception {
		this.clock.set(java.time.Instant.parse("2027-02-10T12:00:00Z"));
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		// Held on Friday 5 Feb and Tuesday 9 Feb (Vienna), recorded afterwards.
		for (String at : new String[] { "2027-02-05T09:00:00Z", "2027-02-09T09:00:00Z" }) {
			this.mvc
				.perform(postJson("/api/v1/clients/" + client.id() + "/sessions",
						"{\"startsAt\":\"" + at + "\",\"durationMinutes\":50}")
					.with(bearer(therapist.token())))
				.andExpect(status().isCreated());
		}
		String[][] checkins = { { "2027-02-04T20:00:00Z", "9" }, { "2027-02-05T20:00:00Z", "6" },
				{ "2027-02-06T20:00:00Z", "8" }, { "2027-02-09T20:00:00Z", "4" }, { "2027-02-10T08:00:00Z", "6" } };
		for (String[] c : checkins) {
			this.mvc
				.perform(postJson("/api/v1/checkins", "{\"at\":\"" + c[0] + "\",\"mood\":5,\"distress\":" + c[1] + "}")
					.with(bearer(client.token())))
				.andExpect(status().isCreated());
		}
		// The check-in before the first session is not counted; day 0: 6 and 4, day 1: 8
		// and 6.
		this.mvc.perform(get("/api/v1/insights/in-between").with(bearer(client.token())))
			.andExpect(jsonPath("$.available").value(true))
			.andExpect(jsonPath("$.byDaysSinceSession", hasSize(2)))
			.andExpect(jsonPath("$.byDaysSinceSession[0].daysSinceSession").value(0))
			.andExpect(jsonPath("$.byDaysSinceSession[0].meanDistress", closeTo(5.0, 1e-9)))
			.andExpect(jsonPath("$.byDaysSinceSession[0].checkins").value(2))
			.andExpect(jsonPath("$.byDaysSinceSession[1].daysSinceSession").value(1))
			.andExpect(jsonPath("$.byDaysSinceSession[1].meanDistress", closeTo(7.0, 1e-9)))
			.andExpect(jsonPath("$.otherwise", closeTo(6.0, 1e-9)))
			.andExpect(jsonPath("$.duringAbsences").isEmpty());
		this.mvc.perform(get("/insights").with(signedIn(client)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"in-between\"")));
	}

	@Test
	void theTherapistSeesInsightsOnlyWhileSharedAndEachReadIsLogged() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		checkIn(client, "FRIEND");
		String path = "/api/v1/clients/" + client.id() + "/insights/self-reliance";
		this.mvc.perform(get(path).with(bearer(therapist.token()))).andExpect(problem(404));

		this.mvc
			.perform(put("/api/v1/insights/sharing").contentType("application/json")
				.content("{\"shared\":true}")
				.with(bearer(client.token())))
			.andExpect(jsonPath("$.shared").value(true));
		this.mvc.perform(get(path).with(bearer(therapist.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.firstTurnedTo.FRIEND").value(1));
		this.mvc.perform(get("/api/v1/me/access-log").with(bearer(client.token())))
			.andExpect(jsonPath("$[0].action").value("INSIGHTS_READ"));

		this.mvc
			.perform(put("/api/v1/insights/sharing").contentType("application/json")
				.content("{\"shared\":false}")
				.with(bearer(client.token())))
			.andExpect(status().isOk());
		this.mvc.perform(get(path).with(bearer(therapist.token()))).andExpect(problem(404));
	}

	@Test
	void othersGetNotFoundAndTherapistsCannotUseTheClientEndpoints() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		this.mvc
			.perform(put("/api/v1/insights/sharing").contentType("application/json")
				.content("{\"shared\":true}")
				.with(bearer(client.token())))
			.andExpect(status().isOk());
		String path = "/api/v1/clients/" + client.id() + "/insights/self-reliance";
		this.mvc.perform(get(path).with(bearer(therapistWithTotp().token()))).andExpect(problem(404));
		this.mvc.perform(get(path).with(bearer(client().token()))).andExpect(problem(404));
		this.mvc.perform(get("/api/v1/insights/self-reliance").with(bearer(therapist.token()))).andExpect(problem(403));
	}

	@Test
	void badRangesAreRefused() throws Exception {
		Signed client = client();
		this.mvc
			.perform(get("/api/v1/insights/self-reliance?from=2026-05-01&to=2026-04-01").with(bearer(client.token())))
			.andExpect(problem(400));
		this.mvc.perform(get("/api/v1/insights/self-reliance?from=yesterday").with(bearer(client.token())))
			.andExpect(problem(400));
		this.mvc
			.perform(put("/api/v1/insights/sharing").contentType("application/json")
				.content("{\"shared\":\"maybe\"}")
				.with(bearer(client.token())))
			.andExpect(problem(400));
	}

	@Test
	void eachMonthCountsItsOwnTurns() throws Exception {
		Signed client = client();
		checkIn(client, "FAMILY");
		this.clock.advance(Duration.ofDays(10));
		checkIn(client, "FAMILY");
		String thisMonth = java.time.YearMonth.from(this.clock.instant().atZone(java.time.ZoneId.of("Europe/Vienna")))
			.toString();
		this.mvc.perform(get("/api/v1/insights/self-reliance").with(bearer(client.token())))
			.andExpect(jsonPath("$.firstTurnedTo.FAMILY").value(2))
			.andExpect(jsonPath("$.byMonth[-1:].month").value(thisMonth))
			.andExpect(jsonPath("$.byMonth", hasSize(6)));
	}

}
