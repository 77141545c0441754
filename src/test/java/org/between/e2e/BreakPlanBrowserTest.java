package org.between.e2e;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.between.toolbox.Toolbox;
import org.between.toolbox.Toolbox.NewPractice;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's journey in a real browser: a therapist announces time away with a colleague
 * covering (on /absences) and writes a note for their client's plan; the client sees the
 * card on their home page, makes a break plan (a skill with its ranking, a person, their
 * note) and shares it with the cover; the cover sees the absence but no client before it
 * begins, and reads the client's break plan and safety plan during it. The application's
 * clock is moved back two weeks for the announcement and forward into the absence (never
 * more than a few hours past the real time, so the sessions stay signed in), then reset.
 * Screenshots at 390 and 1280 px of the plan page, the home card and the cover's view;
 * axe on each page.
 */
class BreakPlanBrowserTest extends ClientBrowserTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	BrowserClock clock;

	@Autowired
	Toolbox toolbox;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void theClientSharesTheirBreakPlanWithTheCoverWhoReadsItDuringTheBreak() {
		List<String> problems = new ArrayList<>();
		Therapist ana = enrolledTherapist();
		Therapist lee = enrolledTherapist("Dr Lee ");
		this.links.acceptColleague(lee.user(), this.links.inviteColleague(ana.user()).code(), "192.0.2.201");
		Client client = signedInClient();
		link(client, ana);
		writePlan(client.page(), Plan.sample(false));
		UUID breathing = UUID.fromString("423b309d-f53b-4253-a2e2-ad54855b7b66");
		this.toolbox.practise(client.user(), breathing, new NewPractice(7, 4, null, 10, null));
		this.toolbox.practise(client.user(), breathing, new NewPractice(6, 4, null, 10, null));

		// The absence begins at a London midnight at most six hours from now; the
		// announcement is made two weeks and an hour before it.
		ZonedDateTime firstDay = ZonedDateTime.now(LONDON).plusHours(6).toLocalDate().atStartOfDay(LONDON);
		LocalDate start = firstDay.toLocalDate();
		this.clock.set(firstDay.minusDays(14).minusHours(1).toInstant());

		Page t = ana.page();
		t.navigate("/absences");
		t.locator("#startDate").fill(start.toString());
		t.locator("#endDate").fill(start.plusDays(13).toString());
		t.locator("#coveringTherapistId").selectOption(lee.user().id().toString());
		t.locator("#coverageNote").fill("Dr Lee answers on 020 7946 0000, weekdays 9 to 5.");
		t.locator("#messageToClients").fill("I'm here, and I look forward to seeing you when I'm back.");
		button(t, "Announce this time away").click();
		assertThat(t.getByTestId("announced")).isVisible();
		t.getByTestId("break-plans-link").click();
		assertThat(t.getByTestId("plan-private")).containsText(client.name() + " has not shared a plan with you.");
		t.getByLabel("Your note for " + client.name()).fill("You know your steps. The breathing helped you in May.");
		button(t, "Save the note").click();
		assertThat(t.getByTestId("note-saved")).isVisible();
		axe(t, "/absences/{id}/plans", problems);
		screenshots(t, "breakplan-therapist-notes");

		Page c = client.page();
		c.navigate("/");
		assertThat(c.getByTestId("absence-card")).containsText("Your therapist will be away");
		axe(c, "/ (client, home card)", problems);
		screenshots(c, "breakplan-home-card");
		c.getByTestId("absence-plan").click();
		assertThat(c.getByTestId("therapist-note")).containsText("You know your steps.");
		assertThat(c.getByTestId("skill-ranking").first()).containsText("Tried 2 times.");
		axe(c, "/absences/{id}/plan (empty)", problems);
		screenshots(c, "breakplan-plan-empty");

		c.getByLabel("Paced breathing").check();
		c.locator("[id='people[0].name']").fill("Jo (my sister)");
		c.locator("[id='people[0].phone']").fill("07700 900123");
		c.locator("#note").fill("Every Sunday evening I look at how the week went, and I write it down.");
		c.getByLabel("Let " + lee.name() + " read this plan and my safety plan from").check();
		button(c, "Save my plan").click();
		assertThat(c.getByTestId("plan-saved")).isVisible();
		assertThat(c.getByTestId("hard-day")).containsText("Jo (my sister)");
		assertThat(c.getByTestId("hard-day").locator("a[href='tel:07700900123']")).isVisible();
		assertThat((Boolean) c.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
			.as("nothing wider than the phone")
			.isTrue();
		axe(c, "/absences/{id}/plan (saved)", problems);
		screenshots(c, "breakplan-plan");

		Page l = lee.page();
		l.navigate("/");
		assertThat(l.getByTestId("cover-card")).containsText("For " + ana.name());
		l.getByTestId("cover-link").click();
		assertThat(l.getByTestId("cover-later")).isVisible();
		assertThat(l.getByRole(com.microsoft.playwright.options.AriaRole.MAIN)).not().containsText(client.name());
		axe(l, "/cover (before the absence)", problems);
		screenshots(l, "breakplan-cover-before");

		Instant during = firstDay.plusHours(1).toInstant();
		this.clock.set(during);
		l.reload();
		l.getByTestId("cover-clients").getByText(client.name()).click();
		assertThat(l.getByTestId("cover-break-plan")).containsText("Every Sunday evening");
		assertThat(l.getByTestId("cover-break-plan")).containsText("Paced breathing");
		assertThat(l.getByTestId("cover-break-plan")).containsText("You know your steps.");
		assertThat(l.getByTestId("cover-safety-plan")).containsText("I stop answering messages");
		axe(l, "/cover/{absenceId}/clients/{clientId}", problems);
		screenshots(l, "breakplan-cover-client");
		l.navigate("/cover");
		axe(l, "/cover (during the absence)", problems);
		screenshots(l, "breakplan-cover");

		c.navigate("/account");
		assertThat(c.locator("#access")).containsText("Read your break plan while covering for your therapist");
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

}
