package org.between.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) finds nothing on the safety and
 * questionnaire pages, the client's and the therapist's, at phone size and, where the
 * layout changes, at desktop size ({@link BrowserTest#axe}).
 */
class SafetyAndMeasuresAccessibilityTest extends ClientBrowserTest {

	@Test
	void safetyAndMeasuresPages() {
		List<String> problems = new ArrayList<>();
		Therapist therapist = enrolledTherapist();
		Client client = signedInClient();
		linkSharingEverything(client, therapist);
		Page page = client.page();
		page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));

		// Before a plan exists: the safety screen, and the form with an error.
		check(page, "/safety/now", "/safety/now (no plan)", problems);
		page.navigate("/safety/edit");

		// A form error: a phone number without a name.
		page.locator("input[name='peopleToAsk[0].phone']").fill("07700 900123");
		button(page, "Save my plan").click();
		assertThat(page.locator(".field-error").first()).isVisible();
		check(page, null, "/safety/edit (a field with an error)", problems);

		writePlan(page, Plan.sample(true));
		check(page, null, "/safety (plan saved)", problems);
		check(page, "/safety/edit", "/safety/edit (with a plan)", problems);
		check(page, "/safety/now", "/safety/now (with a plan)", problems);

		// Questionnaires, before and after answers.
		check(page, "/measures/PHQ9/answer", "/measures/PHQ9/answer", problems);
		answer(page, "PHQ9", 2, 2, 2, 2, 2, 2, 2, 2, 0);
		assertThat(page).hasURL(Pattern.compile("/measures/responses/[0-9a-f-]{36}$"));
		check(page, null, "/measures/responses/{id}", problems);
		answer(page, "PHQ9", 1, 1, 0, 0, 0, 0, 0, 0, 0);
		check(page, "/measures", "/measures (answered)", problems);
		page.navigate("/measures/PHQ9");
		page.waitForFunction("(" + MeasuresJourneyTest.CHART_DRAWN + ")(document.querySelector('canvas[data-chart]'))");
		check(page, null, "/measures/PHQ9 (two answers)", problems);

		// The therapist's views.
		String clientId = ownId(page);
		Page therapistPage = therapist.page();
		therapistPage.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
		check(therapistPage, "/clients/" + clientId + "/safety-plan", "/clients/{id}/safety-plan", problems);
		therapistPage.navigate("/clients/" + clientId + "/measures");
		therapistPage
			.waitForFunction("(" + MeasuresJourneyTest.CHART_DRAWN + ")(document.querySelector('canvas[data-chart]'))");
		check(therapistPage, null, "/clients/{id}/measures", problems);

		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	/**
	 * Opens path (unless null: the page as it is), checks the help link and runs axe
	 * ({@link BrowserTest#axe}: at both sizes where the layout changes); each violation's
	 * id, help and targets go to problems.
	 */
	private static void check(Page page, String path, String label, List<String> problems) {
		if (path != null) {
			page.navigate(path);
		}
		Locator help = page.getByRole(AriaRole.BANNER)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Get help now").setExact(true));
		assertThat(help).isVisible();
		axe(page, label, problems);
	}

}
