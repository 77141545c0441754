package org.between.absences.web;

import java.time.Instant;
import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.ClientLinks.ColleagueRequest;
import org.between.support.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sessions pages mark the therapist's time away where it falls (sessions'
 * {@code BreakMarks}, answered by absences): for the client among their sessions, with
 * the sessions it cancelled after it, cancelled by the therapist; for the therapist on
 * their two weeks and on the client's page; in the tense of where it stands; never
 * another therapist's, never once withdrawn. People are in Vienna; standing Thursdays at
 * 12:00 from 4 March 2027, away Monday 22 March to Sunday 4 April.
 */
class BreakOnSessionsPagesTests extends WebTest {

	static final Instant MONDAY_1_MARCH = Instant.parse("2027-03-01T09:00:00Z");

	static final String CLIENT_MARK = "Your therapist is away from Monday 22 March to Sunday 4 April. Covering: Dr Lee.";

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	Signed therapist;

	Signed client;

	@BeforeEach
	void announced() throws Exception {
		this.clock.set(MONDAY_1_MARCH);
		this.therapist = person("THERAPIST", "Dr Ana Berg");
		Signed lee = person("THERAPIST", "Dr Lee");
		this.links.addColleague(this.accounts.refresh(this.therapist.id()), new ColleagueRequest(lee.email()));
		this.client = person("CLIENT", "Robin");
		link(this.therapist, this.client);
		this.mvc
			.perform(postJson("/api/v1/clients/" + this.client.id() + "/standing-appointments",
					"{\"weekday\":\"THURSDAY\",\"startTime\":\"12:00\",\"durationMinutes\":50,\"everyWeeks\":1,"
							+ "\"startDate\":\"2027-03-04\"}")
				.with(bearer(this.therapist.token())))
			.andExpect(status().isCreated());
	}

	private Signed person(String role, String name) throws Exception {
		Account account = signUp(email(), role, name);
		String token = token(account.email());
		return new Signed(account, token, "THERAPIST".equals(role) ? enrolTotp(token) : null);
	}

	private UUID announce(Signed therapist, String cover) throws Exception {
		String coverage = (cover != null)
				? ",\"coveringTherapistId\":\"" + cover + "\",\"coverageNote\":\"Call 01 234\"" : "";
		MvcResult result = this.mvc
			.perform(postJson("/api/v1/absences",
					"{\"startDate\":\"2027-03-22\",\"endDate\":\"2027-04-04\",\"messageToClients\":\"I'm here.\""
							+ coverage + "}")
				.with(bearer(therapist.token())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.cancelledSessions").value(2))
			.andReturn();
		return UUID.fromString(read(result, "$.id"));
	}

	private UUID lee() {
		return this.links.colleagues(this.accounts.refresh(this.therapist.id())).get(0).id();
	}

	/**
	 * The page's text from {@code first} on, so that order can be checked with indexOf.
	 */
	private static void inOrder(String html, String... parts) {
		int at = -1;
		for (String part : parts) {
			int next = html.indexOf(part, at + 1);
			assertThat(next).as("\"" + part + "\" after position " + at).isGreaterThan(at);
			at = next;
		}
	}

	@Test
	void theClientSeesTheBreakWhereItFallsWithTheSessionsItCancelledAfterIt() throws Exception {
		announce(this.therapist, lee().toString());
		String html = page(this.client, "/sessions");
		assertThat(html).contains(CLIENT_MARK).contains("data-testid=\"break-mark\"");
		inOrder(html, "Thursday 18 March, 12:00", CLIENT_MARK, "Thursday 25 March, 12:00",
				"Cancelled by your therapist", "Thursday 1 April, 12:00", "Cancelled by your therapist",
				"Thursday 8 April, 12:00");
		// Neither the way to reach the cover nor the note is in the line: the home card
		// has them.
		assertThat(html).doesNotContain("Call 01 234").doesNotContain("I&#39;m here.");

		this.clock.set(Instant.parse("2027-03-23T09:00:00Z"));
		assertThat(page(this.client, "/sessions"))
			.contains("Your therapist is away until Sunday 4 April. Covering: Dr Lee.");

		this.clock.set(Instant.parse("2027-04-12T09:00:00Z"));
		inOrder(page(this.client, "/sessions"), "Earlier sessions", "Thursday 8 April, 12:00",
				"Your therapist was away from Monday 22 March to Sunday 4 April. Covering: Dr Lee.",
				"Thursday 1 April, 12:00", "Thursday 25 March, 12:00", "Thursday 18 March, 12:00");
	}

	@Test
	void theTherapistSeesTheirOwnBreakOnTheirTwoWeeksAndOnTheClientsPage() throws Exception {
		announce(this.therapist, null);
		this.clock.set(Instant.parse("2027-03-15T09:00:00Z"));
		String mark = "You are away from Monday 22 March to Sunday 4 April.";
		String twoWeeks = page(this.therapist, "/sessions");
		inOrder(twoWeeks, "Thursday 18 March", mark, "Thursday 25 March", "Robin");
		assertThat(twoWeeks).doesNotContain("Covering:");
		inOrder(page(this.therapist, "/clients/" + this.client.id() + "/sessions"), "Thursday 18 March, 12:00", mark,
				"Thursday 25 March, 12:00", "You cancelled");
	}

	@Test
	void nobodyElseSeesTheBreakAndAWithdrawnOneIsGone() throws Exception {
		UUID absence = announce(this.therapist, null);
		Signed other = person("THERAPIST", "Dr Other");
		Signed otherClient = person("CLIENT", "Kim");
		link(other, otherClient);
		assertThat(page(otherClient, "/sessions")).doesNotContain("away from");
		assertThat(page(other, "/sessions")).doesNotContain("away from");
		assertThat(page(person("CLIENT", "Alone"), "/sessions")).doesNotContain("away from");

		this.mvc.perform(delete("/api/v1/absences/{id}", absence).with(bearer(this.therapist.token())))
			.andExpect(status().isNoContent());
		assertThat(page(this.client, "/sessions")).doesNotContain("away from").doesNotContain("break-mark");
		this.clock.set(Instant.parse("2027-03-15T09:00:00Z"));
		assertThat(page(this.therapist, "/sessions")).doesNotContain("away from");
	}

}
