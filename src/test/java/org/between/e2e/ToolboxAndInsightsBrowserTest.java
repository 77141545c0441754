package org.between.e2e;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The toolbox with its breathing pacer running, the insights of a client who mostly turns
 * to their therapist first, the check-in and the journal: screenshots at both sizes and
 * no axe-core violations.
 */
class ToolboxAndInsightsBrowserTest extends ClientBrowserTest {

	@Test
	void pacerInsightsCheckinAndJournalPages() {
		Client client = signedInClient();
		Page page = client.page();
		// The browser holds a session cookie, so the token request needs the page's CSRF
		// token.
		String csrfHeader = page.locator("meta[name=csrf-header]").getAttribute("content");
		String csrfToken = page.locator("meta[name=csrf-token]").getAttribute("content");
		String token = page.request()
			.post("/api/v1/auth/token",
					RequestOptions.create()
						.setHeader("Content-Type", "application/json")
						.setHeader(csrfHeader, csrfToken)
						.setData("{\"email\":\"" + client.email() + "\",\"password\":\"" + PASSWORD + "\"}"))
			.text()
			.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		for (String first : List.of("THERAPIST", "THERAPIST", "FRIEND", "THERAPIST", "THERAPIST", "SELF")) {
			var created = page.request()
				.post("/api/v1/checkins",
						RequestOptions.create()
							.setHeader("Authorization", "Bearer " + token)
							.setHeader("Content-Type", "application/json")
							.setData("{\"mood\":5,\"distress\":4,\"firstTurnedTo\":\"" + first + "\"}"));
			assertThat(created.status()).isEqualTo(201);
		}
		List<String> problems = new ArrayList<>();

		page.navigate("/toolbox");
		axe(page, "/toolbox", problems);
		screenshots(page, "toolbox");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Paced breathing")).first().click();
		page.getByText("Start the pacer").click();
		assertThat(page.locator("#pacer-run")).isChecked();
		assertThat(page.getByText("Pause the pacer")).isVisible();
		// what the circle shows, said for a screen reader while it runs
		assertThat(page.locator("[data-pacer-cue]")).hasText(java.util.regex.Pattern.compile("Breathe (in|out)"));
		axe(page, "/toolbox/{paced breathing}", problems);
		screenshots(page, "toolbox-pacer");
		String pacerPage = page.url();
		page.emulateMedia(
				new Page.EmulateMediaOptions().setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
		page.navigate(pacerPage);
		// nothing moves, so the heading speaks of no circle
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Breathe slowly"))).isVisible();
		assertThat(page.getByText("Breathe with the circle")).isHidden();
		assertThat(page.getByText("Start the pacer")).isHidden();
		page.emulateMedia(new Page.EmulateMediaOptions()
			.setReducedMotion(com.microsoft.playwright.options.ReducedMotion.NO_PREFERENCE));

		page.navigate("/toolbox");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Meditation timer")).first().click();
		Locator stop = page.locator("[data-timer-stop]");
		// Stop only while the timer runs
		assertThat(stop).isHidden();
		page.getByLabel("End with a soft sound").check();
		page.locator("[data-timer-start]").click();
		assertThat(stop).isVisible();
		assertThat(page.locator("[data-timer-start]")).isHidden();
		assertThat(page.locator(".timer-status")).containsText("A soft sound will tell you");
		axe(page, "/toolbox/{meditation timer}", problems);
		screenshots(page, "toolbox-timer");
		stop.click();
		assertThat(stop).isHidden();
		assertThat(page.locator(".timer-status")).containsText("Stopped");

		page.navigate("/insights");
		page.waitForSelector("canvas.insights-chart[data-drawn='true']");
		assertThat(page.getByTestId("gentle-note")).containsText("normal in therapy");
		axe(page, "/insights", problems);
		screenshots(page, "insights");

		page.navigate("/checkin");
		axe(page, "/checkin", problems);
		page.navigate("/journal");
		axe(page, "/journal", problems);

		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

}
