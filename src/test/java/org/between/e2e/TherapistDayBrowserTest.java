package org.between.e2e;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.between.journal.Journal;
import org.between.journal.NewJournalEntry;
import org.between.policy.Acknowledgement;
import org.between.policy.MakeUpRule;
import org.between.policy.Policies;
import org.between.policy.PolicyInput;
import org.between.sessions.SessionKind;
import org.between.sessions.Sessions;
import org.between.sessions.Sessions.SessionRequest;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 in a real browser, for the therapist: home is the day (a session today, a
 * client with a shared entry, a pending acknowledgement), the client's summary page, the
 * week navigation of {@code /sessions}, the invitations on {@code /clients} (link, list,
 * withdraw) and, for a new client, the consent step of linking. Screenshots at 390 and
 * 1280 px; no axe-core violations.
 */
class TherapistDayBrowserTest extends ClientBrowserTest {

	@Autowired
	private Policies policies;

	@Autowired
	private Sessions sessions;

	@Autowired
	private Journal journal;

	@Test
	void theTherapistsDayTheClientsSummaryTheWeeksAndInvitations() {
		List<String> problems = new ArrayList<>();
		Therapist therapist = enrolledTherapist();
		Client client = signedInClient();
		linkSharingEverything(client, therapist);
		this.policies.publish(therapist.user(), new PolicyInput(48, new BigDecimal("60"), new BigDecimal("90"), "EUR",
				true, MakeUpRule.WHEN_AVAILABLE, null, null));
		Instant soon = Instant.now().plus(Duration.ofMinutes(40)).truncatedTo(ChronoUnit.MINUTES);
		ZoneId london = ZoneId.of("Europe/London");
		if (!LocalDate.ofInstant(soon, london).equals(LocalDate.now(london))) {
			soon = Instant.now().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MINUTES);
		}
		this.sessions.book(therapist.user(), client.user().id(),
				new SessionRequest(soon, 50, SessionKind.REGULAR, null, null));
		this.journal.write(client.user(), new NewJournalEntry("For our session", "What I want to say.", 5, true, true));

		// Home: the day.
		Page t = therapist.page();
		t.navigate("/");
		assertThat(t.getByTestId("day-today")).containsText(client.name());
		assertThat(t.getByTestId("day-brief").first()).isVisible();
		assertThat(t.getByTestId("day-news")).containsText("1 shared journal entry");
		assertThat(t.getByTestId("day-news")).containsText("1 thing for the agenda");
		assertThat(t.getByTestId("policy-pending")).containsText(client.name());
		assertThat(button(t, "Create an invitation code")).hasCount(0);
		axe(t, "/ (therapist's day)", problems);
		screenshots(t, "therapist-home-day");

		// The brief, one tap away.
		t.getByTestId("day-brief").first().click();
		assertThat(t).hasURL(Pattern.compile("/sessions/[0-9a-f-]{36}/brief$"));

		// The client's summary page.
		t.navigate("/");
		t.getByTestId("day-news-client").getByRole(AriaRole.LINK).first().click();
		assertThat(t).hasURL(Pattern.compile("/clients/" + client.user().id() + "$"));
		assertThat(t.getByTestId("client-next")).containsText(":");
		assertThat(t.getByTestId("client-fee")).containsText("90");
		assertThat(t.getByTestId("client-safety-plan-not-shared"))
			.hasText(client.name() + " has not shared their safety plan. You could talk about it together.");
		assertThat(t.getByTestId("client-agenda")).containsText("For our session");
		axe(t, "/clients/{id} (summary)", problems);
		screenshots(t, "therapist-client-summary");

		// /sessions by week.
		t.navigate("/sessions");
		t.getByTestId("previous-week").click();
		assertThat(t.getByTestId("week-heading")).containsText("Week of");
		assertThat(t).hasURL(Pattern.compile("/sessions\\?week=\\d{4}-\\d{2}-\\d{2}$"));
		t.getByTestId("next-week").click();
		t.getByTestId("next-week").click();
		assertThat(t.getByTestId("week-heading")).isVisible();
		t.locator("#week").fill(LocalDate.now(london).toString());
		button(t, "Show that week").click();
		assertThat(t.getByTestId("day").first()).containsText(client.name());
		axe(t, "/sessions?week=", problems);
		screenshots(t, "sessions-therapist-week");

		// Invitations on /clients: a link beside the code, the open list, withdrawing
		// one.
		t.navigate("/clients");
		String address = "kai-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
		t.locator("#email").fill(address);
		button(t, "Create an invitation code").click();
		assertThat(t.getByTestId("invitation-link")).containsText("/invitations/");
		assertThat(t.getByTestId("open-invitations")).containsText(address);
		assertThat(t.getByTestId("open-invitation").first()).containsText("Works until");
		axe(t, "/clients (invitations)", problems);
		screenshots(t, "therapist-clients-invitations");
		t.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw the invitation for " + address))
			.click();
		assertThat(t.getByTestId("invitation-revoked")).isVisible();
		assertThat(t.getByText(address)).hasCount(0);

		// A new client: the consent step names the therapist and shows the policy in
		// force.
		String code = createInvitation(t);
		Client newcomer = signedInClient();
		Page c = newcomer.page();
		c.locator("#code").fill(code);
		button(c, "Link with my therapist").click();
		assertThat(greeting(c)).hasText(therapist.name() + " invited you to Between");
		assertThat(c.getByTestId("invitation-policy")).containsText("Version 1");
		assertThat(c.getByTestId("invitation-policy")).containsText("90");
		assertThat(c.getByTestId("sharing-choices")).isVisible();
		axe(c, "/invitations/review (consent)", problems);
		screenshots(c, "invitation-consent");
		button(c, "Accept and link").click();
		assertThat(c.getByTestId("therapist")).hasText("You are working with " + therapist.name() + ".");
		assertThat(this.policies.overview(newcomer.user()).acknowledgements()).extracting(Acknowledgement::version)
			.containsExactly(1);

		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

}
