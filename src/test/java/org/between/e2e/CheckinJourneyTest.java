package org.between.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

import org.between.accounts.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new client's check-in in a real browser at phone size: how many taps it takes, big
 * enough targets, the calm confirmation, the history with its charts drawn, the safety
 * screen for suicidal thoughts, and no axe-core findings on any of these pages.
 */
class CheckinJourneyTest extends BrowserTest {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private int taps;

	@Test
	void aTypicalCheckInTakesSixTapsFromHome() {
		Page page = newClient();
		List<String> problems = new ArrayList<>();

		// From home: the card, mood, distress, one feeling, whom they turned to, Save.
		tap(page.getByTestId("checkin-card")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Check in").setExact(true)));
		assertThat(page).hasURL(baseUrlPattern("/checkin"));
		assertThat(greeting(page)).hasText("How are you right now?");
		targetsAreAtLeast44(page);
		axe(page, "/checkin", problems);
		screenshots(page, "checkin-form");

		tap(choice(page, "Mood", "3"));
		tap(choice(page, "Distress", "7"));
		tap(page.locator("#emotions").getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Anxious")));
		tap(page.locator("#firstTurnedTo")
			.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("A friend")));
		tap(button(page, "Save"));

		assertThat(page).hasURL(Pattern.compile("/checkin/[0-9a-f-]{36}\\?saved=true$"));
		assertThat(greeting(page)).hasText("Saved.");
		assertThat(page.getByTestId("checkin-numbers")).containsText("3 of 10");
		assertThat(page.getByTestId("checkin-numbers")).containsText("7 of 10");
		assertThat(page.getByTestId("checkin-numbers")).containsText("Anxious");
		assertThat(page.getByTestId("checkin-numbers")).containsText("A friend");
		assertThat(this.taps).as("taps from home to saved").isEqualTo(6);
		axe(page, "/checkin/{id}?saved", problems);
		screenshots(page, "checkin-saved");

		page.getByRole(AriaRole.LINK, exact("Your check-ins over time")).click();
		assertThat(page).hasURL(baseUrlPattern("/checkin/history"));
		assertThat(page.locator("canvas[data-checkin-chart]")).hasCount(4);
		page.waitForFunction("() => typeof Chart !== 'undefined'"
				+ " && [...document.querySelectorAll('canvas[data-checkin-chart]')].every(c => Chart.getChart(c))");
		assertThat(page.getByTestId("chart-distress")).containsText("Your distress averaged 7.0 in the last 30 days");
		assertThat(page.getByTestId("history-table")).containsText("7");
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling on the history page")
			.isTrue();
		axe(page, "/checkin/history", problems);
		screenshots(page, "checkin-history");

		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	@Test
	void suicidalThoughtsLeadStraightToTheSafetyScreen() {
		Page page = newClient();
		page.navigate("/checkin");
		choice(page, "Mood", "2").click();
		choice(page, "Distress", "8").click();
		page.locator("#urge-SUICIDAL_THOUGHTS")
			.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("1").setExact(true))
			.click();
		button(page, "Save").click();

		assertThat(page).hasURL(baseUrlPattern("/safety/now?reason=SUICIDAL_THOUGHTS"));
		assertThat(page.getByText("You told us you are having thoughts of suicide.")).isVisible();
		assertThat(page.getByTestId("crisis-lines")).isVisible();
	}

	@Test
	void actingOnAnUrgeToHurtOneselfLeadsToTheSafetyScreenWithEveryUrgeAtZero() {
		Page page = newClient();
		page.navigate("/checkin");
		choice(page, "Mood", "5").click();
		choice(page, "Distress", "1").click();
		page.locator("#actedOnUrge").check();
		page.locator("#actedOnUrgeWhich").selectOption("SELF_HARM");
		button(page, "Save").click();

		assertThat(page).hasURL(baseUrlPattern("/safety/now?reason=ACTED_ON_URGE"));
		assertThat(page.getByText("You told us you acted on an urge to hurt yourself")).isVisible();
		assertThat(page.getByTestId("crisis-lines")).isVisible();
		assertThat(page.getByTestId("not-watched")).isVisible();
		List<String> problems = new ArrayList<>();
		axe(page, "/safety/now?reason=ACTED_ON_URGE", problems);
		screenshots(page, "safety-now-acted-on-urge");
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	@Test
	void aMistakeShowsTheSummaryAndKeepsTheChoices() {
		Page page = newClient();
		page.navigate("/checkin");
		choice(page, "Distress", "4").click();
		page.locator("#reachedOut").check();
		// The browser's own check would stop the form first; the server's answer is
		// what this test is about.
		page.locator("form.checkin-form").evaluate("f => f.noValidate = true");
		button(page, "Save").click();

		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Please choose your mood");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Please choose whom you reached out to");
		assertThat(choice(page, "Distress", "4")).isChecked();
		assertThat(page.locator("#reachedOut")).isChecked();
		List<String> problems = new ArrayList<>();
		axe(page, "/checkin (with mistakes)", problems);
		screenshots(page, "checkin-mistake");
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	private Page newClient() {
		Page page = newPage();
		String name = "Kim " + UUID.randomUUID().toString().substring(0, 6);
		String email = uniqueEmail("client");
		account(Role.CLIENT, name, email);
		signInByForm(page, email, name, null);
		return page;
	}

	private void tap(Locator target) {
		target.click();
		this.taps++;
	}

	private static Locator choice(Page page, String legend, String number) {
		return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend).setExact(true))
			.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(number).setExact(true));
	}

	private static Page.GetByRoleOptions exact(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	/** Every number and chip is at least 44 by 44 CSS pixels at phone width. */
	private static void targetsAreAtLeast44(Page page) {
		// The heading can be there before the rest of the page is parsed: count once it
		// is.
		page.waitForLoadState(LoadState.LOAD);
		Locator targets = page.locator(".scale-button span, .chip span");
		assertThat(targets.count()).isGreaterThan(11 + 11 + 10 + 36);
		for (int i = 0; i < targets.count(); i++) {
			BoundingBox box = targets.nth(i).boundingBox();
			assertThat(box.width).as("width of target %d", i).isGreaterThanOrEqualTo(44);
			assertThat(box.height).as("height of target %d", i).isGreaterThanOrEqualTo(44);
		}
		// No sideways scrolling on a phone.
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
	}

}
