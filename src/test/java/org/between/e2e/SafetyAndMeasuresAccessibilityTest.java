package org.between.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import com.microsoft.playwright.options.ViewportSize;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) finds nothing on the safety and
 * questionnaire pages, the client's and the therapist's, at phone and desktop size.
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
		phoneOnly(page, "/safety/now", "/safety/now (no plan)", problems);
		page.navigate("/safety/edit");

		// A form error: a phone number without a name.
		page.locator("input[name='peopleToAsk[0].phone']").fill("07700 900123");
		button(page, "Save my plan").click();
		assertThat(page.locator(".field-error").first()).isVisible();
		phoneOnly(page, null, "/safety/edit (a field with an error)", problems);

		writePlan(page, Plan.sample(true));
		check(page, null, "/safety (plan saved)", problems);
		check(page, "/safety/edit", "/safety/edit (with a plan)", problems);
		check(page, "/safety/now", "/safety/now (with a plan)", problems);

		// Questionnaires, before and after answers.
		check(page, "/measures/PHQ9/answer", "/measures/PHQ9/answer", problems);
		answer(page, "PHQ9", 2, 2, 2, 2, 2, 2, 2, 2, 0);
		assertThat(page).hasURL(Pattern.compile("/measures/responses/[0-9a-f-]{36}$"));
		phoneOnly(page, null, "/measures/responses/{id}", problems);
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

	/** The pages the safety and measures work is about: axe at both sizes. */
	private static void check(Page page, String path, String label, List<String> problems) {
		check(page, path, label, SIZES, problems);
	}

	/** States around them (errors, no plan yet, one result): axe at phone size. */
	private static void phoneOnly(Page page, String path, String label, List<String> problems) {
		check(page, path, label, List.of(PHONE), problems);
	}

	/**
	 * Opens path (unless null: the page as it is), then runs axe at each size; each
	 * violation's id, help and targets go to problems.
	 */
	private static void check(Page page, String path, String label, List<ViewportSize> sizes, List<String> problems) {
		if (path != null) {
			page.navigate(path);
		}
		Locator help = page.getByRole(AriaRole.BANNER)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Get help now").setExact(true));
		assertThat(help).isVisible();
		ViewportSize before = page.viewportSize();
		for (ViewportSize size : sizes) {
			page.setViewportSize(size.width, size.height);
			AxeResults results = new AxeBuilder(page).withTags(AccessibilityTest.TAGS).analyze();
			if (results.getErrorMessage() != null) {
				problems.add(label + " @" + size.width + ": axe failed: " + results.getErrorMessage());
			}
			for (Rule rule : results.getViolations()) {
				StringBuilder text = new StringBuilder(label + " @" + size.width + "x" + size.height + ": "
						+ rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp());
				for (CheckedNode node : rule.getNodes()) {
					text.append("\n    ").append(node.getTarget()).append(" — ").append(node.getFailureSummary());
				}
				problems.add(text.toString());
			}
		}
		page.setViewportSize(before.width, before.height);
	}

}
