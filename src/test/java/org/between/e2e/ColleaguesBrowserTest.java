package org.between.e2e;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /colleagues} in a browser: one therapist creates a colleague code, a second
 * therapist in another browser opens its link and accepts, both see each other; the first
 * takes the second off their list. Screenshots at 390 and 1280, axe on each page.
 */
class ColleaguesBrowserTest extends BrowserTest {

	@Test
	void aTherapistInvitesAColleagueWhoJoinsFromTheLinkInAnotherBrowser() {
		List<String> problems = new ArrayList<>();
		Therapist ana = enrolledTherapist();
		Page page = ana.page();
		page.getByTestId("colleagues-link").click();
		assertThat(page).hasURL(baseUrlPattern("/colleagues"));
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("No colleagues yet");
		axe(page, "/colleagues (empty)", problems);
		screenshots(page, "colleagues-empty");

		button(page, "Create a colleague code").click();
		String code = page.getByTestId("colleague-code").textContent().strip();
		String link = page.getByTestId("colleague-link").textContent().strip();
		assertThat(link).endsWith("/colleagues/join/" + code);
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
			.as("the long link wraps at phone width")
			.isTrue();
		axe(page, "/colleagues (code)", problems);
		screenshots(page, "colleagues-code");

		Therapist ben = enrolledTherapist();
		Page other = ben.page();
		other.navigate(link.substring(link.indexOf("/colleagues/join/")));
		assertThat(other.locator("#code")).hasValue(code);
		axe(other, "/colleagues/join/{code}", problems);
		screenshots(other, "colleague-join");
		button(other, "Become colleagues").click();
		assertThat(other).hasURL(baseUrlPattern("/colleagues"));
		assertThat(other.getByTestId("colleague-joined"))
			.hasText("You and " + ana.name() + " are colleagues now. You may cover for each other.");
		assertThat(other.getByTestId("colleagues")).containsText(ana.name());
		assertThat((Boolean) other.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
			.isTrue();
		axe(other, "/colleagues (joined)", problems);
		screenshots(other, "colleagues-joined");

		page.navigate("/colleagues");
		assertThat(page.getByTestId("colleagues")).containsText(ben.name());
		button(page, "Remove " + ben.name() + " from your colleagues").click();
		assertThat(page.getByTestId("colleague-removed")).hasText(ben.name() + " is no longer on your list.");
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("No colleagues yet");

		other.navigate("/colleagues/join/" + code);
		button(other, "Become colleagues").click();
		assertThat(other.getByTestId("error-summary")).containsText("That code did not work");
		axe(other, "/colleagues/join (used code)", problems);
		screenshots(other, "colleague-join-used");

		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

}
