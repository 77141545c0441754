package org.between.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, point 2 in a real browser: the session ends while a client fills in a form
 * (its cookie is gone, as after the idle sign-out). A risk answer then shows the crisis
 * lines of their country with "Sign in to save this", also without JavaScript; after
 * signing in the form is filled in again from the draft on the device, and saving it
 * removes the draft. The idle warning with "Stay signed in" shows when the page's clock
 * (Playwright's, installed before the page loads) is moved on to two minutes before the
 * 30-minute sign-out: no waiting, no sleeps, and no settings of its own (which would
 * start a Spring context of its own).
 */
class ExpiredSignInJourneyTest extends ClientBrowserTest {

	/**
	 * The sign-out after 30 idle minutes (spring.session.timeout) less the warning's 2
	 * (between.security.idle-warning), and a second: the warning is due, the sign-out
	 * not.
	 */
	private static final String UNTIL_THE_WARNING = "28:01";

	private static final String HAS_DRAFT = "() => Object.keys(window.localStorage)"
			+ ".some((k) => k.startsWith('between.draft.'))";

	@Test
	void aRiskAnswerAfterTheSignInEndedShowsTheCrisisLinesAndComesBackAfterSigningIn() {
		Client client = signedInClient();
		Page page = client.page();
		List<String> problems = new ArrayList<>();
		page.navigate("/checkin");
		choice(page, "Mood", "2").click();
		choice(page, "Distress", "8").click();
		urge(page, "SUICIDAL_THOUGHTS", "3").click();
		page.locator("#note").fill("A long evening");
		page.waitForFunction(HAS_DRAFT);

		page.context().clearCookies();
		button(page, "Save").click();

		Locator screen = page.getByTestId("unsaved-risk");
		assertThat(screen).isVisible();
		assertThat(page.getByTestId("crisis-lines")).containsText("Samaritans");
		assertThat(page.getByTestId("crisis-lines").locator("a[href='tel:116123']")).isVisible();
		assertThat(screen).containsText("You told us you are having thoughts of suicide");
		assertThat(screen).containsText("Your answers are not saved yet");
		assertThat(screen).not().containsText("not available to your account");
		screenshots(page, "unsaved-risk");
		axe(page, "crisis screen of an unsaved check-in", problems);

		page.getByTestId("sign-in-to-save").click();
		submitSignIn(page, client.email());
		assertThat(page).hasURL(baseUrlPattern("/checkin"));
		assertThat(page.locator("[data-draft-restored]")).isVisible();
		assertThat(page.locator("[data-draft-restored]")).containsText("We brought back what you were filling in");
		assertThat(choice(page, "Mood", "2")).isChecked();
		assertThat(choice(page, "Distress", "8")).isChecked();
		assertThat(urge(page, "SUICIDAL_THOUGHTS", "3")).isChecked();
		assertThat(page.locator("#note")).hasValue("A long evening");
		screenshots(page, "checkin-draft-restored");
		axe(page, "/checkin with its draft restored", problems);

		button(page, "Save").click();
		assertThat(page).hasURL(baseUrlPattern("/safety/now?reason=SUICIDAL_THOUGHTS"));
		page.waitForFunction("() => !(" + HAS_DRAFT + ")()");
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	@Test
	void withoutJavaScriptARiskAnswerAfterTheSignInEndedStillShowsTheCrisisLines() {
		Client client = signedInClient(new Browser.NewContextOptions().setJavaScriptEnabled(false));
		Page page = client.page();
		page.navigate("/measures/PHQ9/answer");
		for (int n = 1; n <= 9; n++) {
			choose(page, n, (n == 9) ? 1 : 0);
		}
		page.context().clearCookies();
		button(page, "Save my answers").click();
		assertThat(page.getByTestId("unsaved-risk")).isVisible();
		assertThat(page.getByTestId("crisis-lines")).containsText("Samaritans");
		assertThat(page.getByTestId("unsaved-risk")).containsText("better off dead");
		assertThat(page.getByTestId("sign-in-to-save")).hasAttribute("href", "/login");
	}

	@Test
	void withoutARiskAnswerTheSignInPageSaysWhatHappenedAndTheFormComesBack() {
		Client client = signedInClient();
		Page page = client.page();
		page.navigate("/measures/GAD7/answer");
		for (int n = 1; n <= 7; n++) {
			choose(page, n, 1);
		}
		page.waitForFunction(HAS_DRAFT);
		page.context().clearCookies();
		button(page, "Save my answers").click();

		assertThat(page).hasURL(Pattern.compile("/login\\?timedOut$"));
		assertThat(page.getByTestId("timed-out")).containsText("You were signed out after a while without activity");
		assertThat(page.getByTestId("timed-out")).containsText("What you typed is kept on this device");
		screenshots(page, "login-timed-out");
		List<String> problems = new ArrayList<>();
		axe(page, "/login?timedOut", problems);

		submitSignIn(page, client.email());
		assertThat(page).hasURL(baseUrlPattern("/measures/GAD7/answer"));
		for (int n = 1; n <= 7; n++) {
			assertThat(page.getByTestId("q" + n)
				.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(FREQUENCY[1]).setExact(true)))
				.isChecked();
		}
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	@Test
	void signedInPagesWarnBeforeTheIdleSignOutAndStaySignedInKeepsTheSession() {
		Client client = signedInClient();
		Page page = client.page();
		page.clock().install();
		page.navigate("/checkin");
		Locator warning = page.getByTestId("idle-warning");
		page.clock().fastForward(UNTIL_THE_WARNING);
		assertThat(warning).containsText("You will be signed out in about two minutes");
		Locator stay = warning.getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Stay signed in").setExact(true));
		assertThat(stay).isVisible();
		screenshots(page, "idle-warning");
		List<String> problems = new ArrayList<>();
		axe(page, "/checkin with the idle warning", problems);

		var response = page.waitForResponse((r) -> r.url().endsWith("/session/keep-alive"), stay::click);
		assertThat(response.status()).isEqualTo(204);
		// The time starts again: 28 idle minutes later the warning comes back; the
		// session
		// is still there.
		assertThat(warning).containsText("You are still signed in.");
		page.clock().fastForward(UNTIL_THE_WARNING);
		assertThat(stay).isVisible();
		page.navigate("/checkin");
		assertThat(page).hasURL(baseUrlPattern("/checkin"));

		// Once the session has ended, the button says so instead of pretending.
		page.context().clearCookies();
		page.clock().fastForward(UNTIL_THE_WARNING);
		assertThat(stay).isVisible();
		stay.click();
		assertThat(warning).containsText("You have been signed out");
		assertThat(stay).isHidden();
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	@Test
	void signingOutRemovesTheCheckinDraftFromThisDevice() {
		Page page = signedInClient().page();
		page.navigate("/checkin");
		choice(page, "Mood", "4").click();
		page.waitForFunction(HAS_DRAFT);
		button(page, "Sign out").click();
		page.waitForURL((url) -> !url.contains("/checkin"));
		assertThat((Boolean) page.evaluate(HAS_DRAFT)).isFalse();
	}

	@Test
	void anErrorPageIsOursWithGetHelpNow() {
		Page page = signedInClient().page();
		var response = page.navigate("/measures/NO-SUCH-THING");
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.getByTestId("error-help")).containsText("Get help now");
		assertThat(page.getByTestId("error-help").locator("a[href='/crisis']")).isVisible();
		screenshots(page, "error-404");
		List<String> problems = new ArrayList<>();
		axe(page, "a 404 page", problems);
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	private static Locator choice(Page page, String legend, String number) {
		return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend).setExact(true))
			.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(number).setExact(true));
	}

	private static Locator urge(Page page, String urge, String number) {
		return page.locator("#urge-" + urge)
			.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(number).setExact(true));
	}

}
