package org.between.e2e;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.between.sessions.Sessions;
import org.between.sessions.Sessions.StandingRequest;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A planned ending in a real browser: the therapist proposes it on the client's ending
 * page and records a referral, the client sees it on their home page with the sessions
 * left and on /ending, asks to talk about it and moves the referral on; the last sessions
 * are marked on the client's sessions page; the therapist sees that the client asked.
 * Screenshots at both sizes and no axe-core violations on each page.
 */
class EndingBrowserTest extends ClientBrowserTest {

	@Autowired
	Sessions sessions;

	@Autowired
	Clock clock;

	@Test
	void aTherapistProposesAnEndingAndTheClientSeesItAndAsksToTalkAboutIt() {
		Therapist therapist = enrolledTherapist();
		Client client = signedInClient();
		link(client, therapist);
		ZoneId zone = therapist.user().zone();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		DayOfWeek weekday = today.plusDays(1).getDayOfWeek();
		this.sessions.standing(therapist.user(), client.user().id(),
				new StandingRequest(weekday, "10:00", 50, 1, today.plusDays(1), null, null));
		List<String> problems = new ArrayList<>();

		Page t = therapist.page();
		t.navigate("/clients/" + client.user().id());
		t.getByTestId("client-ending-link").click();
		assertThat(t.locator("h1")).containsText("Ending with");
		axe(t, "/clients/{id}/ending (empty)", problems);
		t.locator("#lastSessionDate").fill(today.plusDays(27).toString());
		t.locator("#reason").fill("We have done good work together, and you are ready to carry it on yourself.");
		button(t, "Propose this ending").click();
		assertThat(t.getByTestId("lastSessionDate-error")).containsText("the earliest last session is");
		axe(t, "/clients/{id}/ending (too little notice)", problems);
		t.locator("#lastSessionDate").fill(today.plusDays(28).toString());
		button(t, "Propose this ending").click();
		assertThat(t.getByTestId("done")).containsText("The ending is proposed");
		assertThat(t.getByTestId("ending-day")).containsText("4 sessions left");
		t.locator("#ref-name").fill("Dr Rosa Lee");
		t.locator("#ref-contact").fill("020 7946 0000");
		t.locator("#ref-note").fill("She works with people who carry a lot on their own.");
		button(t, "Add referral").click();
		assertThat(t.getByTestId("referral")).containsText("Dr Rosa Lee");
		axe(t, "/clients/{id}/ending", problems);
		screenshots(t, "ending-therapist");

		Page c = client.page();
		c.navigate("/");
		assertThat(c.getByTestId("ending-card")).containsText("coming to an end");
		assertThat(c.getByTestId("ending-card-left")).hasText("4 sessions are left until then.");
		axe(c, "/ (client, ending proposed)", problems);
		screenshots(c, "ending-client-home");
		c.getByTestId("ending-card-link").click();
		assertThat(c.getByTestId("ending-reason")).containsText("ready to carry it on");
		assertThat(c.getByTestId("ending-portfolio")).hasAttribute("href", "/ending/portfolio");
		c.getByTestId("ending-discuss").click();
		assertThat(c.getByTestId("ending-discuss-asked")).isVisible();
		c.getByTestId("referral-status-select").selectOption("CONTACTED");
		c.getByTestId("referral-move").click();
		assertThat(c.getByTestId("referral-status")).hasText("Contacted");
		axe(c, "/ending", problems);
		screenshots(c, "ending-client");

		c.navigate("/sessions");
		assertThat(c.getByTestId("session-mark").first()).containsText("before the ending");
		axe(c, "/sessions (last sessions marked)", problems);
		screenshots(c, "ending-client-sessions");

		t.reload();
		assertThat(t.getByTestId("ending-discuss-asked")).isVisible();
		assertThat(t.getByTestId("referral-status")).hasText("Contacted");
		t.navigate("/");
		assertThat(t.getByTestId("referrals-card")).containsText(client.name());

		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

}
