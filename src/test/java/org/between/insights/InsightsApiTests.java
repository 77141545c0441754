package org.between.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.between.accounts.Accounts;
import org.between.checkin.Checkins;
import org.between.checkin.NewCheckin;

import org.between.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API.md "insights": counts, the concentration index, sharing and its 404s, the
 * in-between view with distress during the therapist's absences.
 */
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

	@Autowired
	Checkins checkins;

	@Autowired
	Accounts accounts;

	/** A check-in at {@code at}, recorded then through the facade. */
	private void checkinAt(Signed client, String at, int distress) {
		this.clock.set(Instant.parse(at));
		this.checkins.record(this.accounts.refresh(client.id()),
				new NewCheckin(at, 5, distress, null, Map.of(), null, null, null));
	}

	/**
	 * A therapist and a linked client (Vienna) with a session held on 27 February 2027.
	 */
	private Signed[] pairWithAHeldSession() throws Exception {
		this.clock.set(Instant.parse("2027-03-01T09:00:00Z"));
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		this.mvc
			.perform(postJson("/api/v1/clients/" + client.id() + "/sessions",
					"{\"startsAt\":\"2027-02-27T09:00:00Z\",\"durationMinutes\":50}")
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated());
		return new Signed[] { therapist, client };
	}

	private String announce(Signed therapist, String first, String last) throws Exception {
		MvcResult result = this.mvc
			.perform(postJson("/api/v1/absences", "{\"startDate\":\"" + first + "\",\"endDate\":\"" + last + "\"}")
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andReturn();
		return read(result, "$.id");
	}

	@Test
	void distressDuringTheTherapistsAbsencesIsSetBesideTheRestByHand() throws Exception {
		Signed[] pair = pairWithAHeldSession();
		Signed client = pair[1];
		// Away Monday 15 to Sunday 21 March in Vienna (UTC+1): [14 March 23:00Z, 21 March
		// 23:00Z).
		announce(pair[0], "2027-03-15", "2027-03-21");
		this.mvc.perform(get("/api/v1/insights/in-between").with(signedIn(client)))
			.andExpect(jsonPath("$.duringAbsences").isEmpty());
		checkinAt(client, "2027-03-14T22:59:00Z", 5); // 23:59 the evening before: outside
		checkinAt(client, "2027-03-14T23:00:00Z", 2); // midnight, the first day: inside
		checkinAt(client, "2027-03-18T12:00:00Z", 4);
		checkinAt(client, "2027-03-21T22:59:00Z", 6); // 23:59 on the last day: inside
		checkinAt(client, "2027-03-21T23:00:00Z", 7); // midnight after it: outside
		this.clock.set(Instant.parse("2027-03-22T09:00:00Z"));
		// By hand: during (2 + 4 + 6) / 3 = 4.0; otherwise (5 + 7) / 2 = 6.0.
		this.mvc.perform(get("/api/v1/insights/in-between").with(signedIn(client)))
			.andExpect(jsonPath("$.available").value(true))
			.andExpect(jsonPath("$.duringAbsences", closeTo(4.0, 1e-9)))
			.andExpect(jsonPath("$.otherwise", closeTo(6.0, 1e-9)));
		this.mvc.perform(get("/insights").with(signedIn(client)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"in-between-absences\"")))
			.andExpect(content().string(containsString(
					"During your therapist&#39;s absences your distress was 4.0 on average, otherwise 6.0.")));
	}

	@Test
	void aWithdrawnAbsenceAndOneWithoutCheckinsLeaveDuringAbsencesEmpty() throws Exception {
		Signed[] pair = pairWithAHeldSession();
		Signed client = pair[1];
		String withdrawn = announce(pair[0], "2027-03-15", "2027-03-21");
		this.mvc.perform(delete("/api/v1/absences/{id}", withdrawn).with(bearer(pair[0].token())))
			.andExpect(status().isNoContent());
		announce(pair[0], "2027-03-29", "2027-04-02");
		checkinAt(client, "2027-03-18T12:00:00Z", 3);
		this.clock.set(Instant.parse("2027-04-05T09:00:00Z"));
		this.mvc.perform(get("/api/v1/insights/in-between").with(signedIn(client)))
			.andExpect(jsonPath("$.duringAbsences").isEmpty())
			.andExpect(jsonPath("$.otherwise", closeTo(3.0, 1e-9)));
		this.mvc.perform(get("/insights").with(signedIn(client)))
			.andExpect(content().string(not(containsString("in-between-absences"))));
	}

}
