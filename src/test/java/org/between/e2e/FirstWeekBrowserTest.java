package org.between.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.between.sessions.SessionKind;
import org.between.sessions.SessionView;
import org.between.sessions.Sessions;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 items 7–11 in a real browser: sign-up signs in and lands on the first run
 * (three lines, the plan offer, "Not now" remembered); a check-in at high distress makes
 * a skill the main action, and the check-in can be changed; a make-up session is asked
 * for and booked. Screenshots of the first run and of the check-in at high distress at
 * both sizes; no axe-core findings.
 */
class FirstWeekBrowserTest extends ClientBrowserTest {

	@Autowired
	Sessions sessions;

	@Test
	void signUpLandsSignedInOnTheFirstRunWhichOffersThePlanOnce() {
		List<String> problems = new ArrayList<>();
		Page page = newPage();
		String name = "Robin " + UUID.randomUUID().toString().substring(0, 6);
		signUp(page, "CLIENT", name, uniqueEmail("client"));
		assertThat(page.getByTestId("first-run-lines").locator("li")).hasCount(3);
		assertThat(page.getByTestId("first-run-lines")).containsText("It is not a crisis service");
		assertThat(page.getByTestId("plan-offer")).isVisible();
		assertThat(page.getByTestId("plan-offer-write")).isVisible();
		axe(page, "/welcome", problems);
		screenshots(page, "first-run");

		page.getByTestId("plan-offer-not-now").click();
		assertThat(page).hasURL(baseUrlPattern("/"));
		assertThat(greeting(page)).hasText("Hello, " + name + ".");
		assertThat(page.getByTestId("plan-offer")).hasCount(0);
		assertThat(page.locator("main .button.primary, main button.primary")).hasCount(1);
		axe(page, "/ (client, first week)", problems);
		screenshots(page, "client-home-first-week");
		page.navigate("/welcome");
		assertThat(page.getByTestId("plan-offer")).hasCount(0);
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	@Test
	void atHighDistressASkillIsTheMainActionAndTheCheckInCanBeChanged() {
		List<String> problems = new ArrayList<>();
		Page page = signedInClient().page();
		page.navigate("/checkin");
		choice(page, "Mood", "3").click();
		choice(page, "Distress", "8").click();
		button(page, "Save").click();
		assertThat(page.getByTestId("saved")).isVisible();
		Locator main = page.getByTestId("suggested-main");
		assertThat(main).isVisible();
		assertThat(main).hasClass(java.util.regex.Pattern.compile("\\bprimary\\b"));
		assertThat(page.locator("main .button.primary")).hasCount(1);
		axe(page, "/checkin/{id}?saved (distress 8)", problems);
		screenshots(page, "checkin-high-distress");
		String saved = page.url();

		main.click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile("/toolbox/[0-9a-f-]{36}$"));

		page.navigate(saved);
		page.getByTestId("change-checkin").click();
		assertThat(greeting(page)).hasText("Change this check-in");
		choice(page, "Distress", "4").click();
		button(page, "Save the changes").click();
		assertThat(page.getByTestId("changed")).isVisible();
		assertThat(page.getByTestId("checkin-numbers")).containsText("4 of 10");
		assertThat(page.getByTestId("suggestions")).hasCount(0);
		axe(page, "/checkin/{id}?changed", problems);
		screenshots(page, "checkin-changed");
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	@Test
	void aMakeUpSessionIsAskedForAndBooked() {
		List<String> problems = new ArrayList<>();
		Therapist therapist = enrolledTherapist();
		Client client = signedInClient();
		link(client, therapist);
		Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
		SessionView session = this.sessions.book(therapist.user(), client.user().id(),
				new Sessions.SessionRequest(start, 50, SessionKind.REGULAR, null, null));
		this.sessions.cancel(therapist.user(), session.id(), null);

		Page c = client.page();
		c.navigate("/sessions/" + session.id());
		c.getByTestId("make-up-link").click();
		String wanted = start.plus(Duration.ofDays(1))
			.atZone(ZoneId.of("Europe/London"))
			.toLocalDateTime()
			.truncatedTo(ChronoUnit.MINUTES)
			.toString();
		c.getByTestId("option1").fill(wanted);
		axe(c, "/sessions/{id}/make-up (client)", problems);
		screenshots(c, "make-up-client");
		c.getByTestId("make-up-send").click();
		assertThat(c.getByTestId("make-up-asked")).isVisible();
		assertThat(c.getByTestId("make-up-request")).isVisible();

		Page t = therapist.page();
		t.navigate("/sessions/" + session.id() + "/make-up");
		assertThat(t.getByTestId("make-up-request")).isVisible();
		axe(t, "/sessions/{id}/make-up (therapist)", problems);
		screenshots(t, "make-up-therapist");
		t.getByTestId("book-0").click();
		assertThat(t.getByTestId("make-up-booked-notice")).isVisible();

		c.reload();
		assertThat(c.getByTestId("make-up-booked")).isVisible();
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	private static Locator choice(Page page, String legend, String number) {
		return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend).setExact(true))
			.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(number).setExact(true));
	}

}
