package org.between.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A client answers the PHQ-9 twice and the GAD-7 once, sees the trend chart and the table
 * with a reliable change, and the linked therapist sees the same scores.
 */
class MeasuresJourneyTest extends ClientBrowserTest {

	/** True once Chart.js has drawn the canvas: a chart object and painted pixels. */
	static final String CHART_DRAWN = """
			(canvas) => {
			  if (typeof Chart === 'undefined' || !Chart.getChart(canvas)) return false;
			  if (canvas.width === 0 || canvas.height === 0) return false;
			  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
			  for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) return true; }
			  return false;
			}""";

	@Test
	void twoPhq9AnswersShowAReliablyLowerScore() {
		Therapist therapist = enrolledTherapist();
		Client client = signedInClient();
		linkSharingEverything(client, therapist);
		Page page = client.page();
		page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));

		// Not answered yet.
		page.navigate("/measures");
		assertThat(page.getByTestId("measure-PHQ9")).containsText("Not answered yet.");

		// The form: nine items, four answers each.
		page.navigate("/measures/PHQ9/answer");
		assertThat(page.locator("fieldset")).hasCount(9);
		assertThat(page.getByTestId("q9").getByRole(AriaRole.RADIO)).hasCount(4);
		screenshots(page, "measures-answer");

		// First PHQ-9: 16 (moderately severe), item 9 "Not at all".
		answer(page, "PHQ9", 2, 2, 2, 2, 2, 2, 2, 2, 0);
		assertThat(page).hasURL(java.util.regex.Pattern.compile("/measures/responses/[0-9a-f-]{36}$"));
		assertThat(page.getByTestId("score")).containsText("Your score is 16 out of 27.");

		// Second PHQ-9: 2, item 9 "Not at all" again.
		answer(page, "PHQ9", 1, 1, 0, 0, 0, 0, 0, 0, 0);
		assertThat(page.getByTestId("score")).containsText("Your score is 2 out of 27.");

		// GAD-7 once: 5.
		answer(page, "GAD7", 1, 1, 1, 1, 1, 0, 0);
		assertThat(page.getByTestId("score")).containsText("Your score is 5 out of 21.");

		page.navigate("/measures");
		assertThat(page.getByTestId("measure-PHQ9")).containsText("Latest: 2 on");
		assertThat(page.getByTestId("measure-GAD7")).containsText("Latest: 5 on");
		screenshots(page, "measures");

		// The trend: a drawn chart, a summary and the table with the reliable change.
		page.navigate("/measures/PHQ9");
		Locator canvas = page.locator("canvas[data-chart]");
		assertThat(canvas).isVisible();
		page.waitForFunction("(" + CHART_DRAWN + ")(document.querySelector('canvas[data-chart]'))");
		assertThat(page.getByTestId("chart-summary"))
			.containsText("That is 14 points lower, a change large enough to be called reliable.");
		Locator table = page.locator("table.measure-table");
		assertThat(table.locator("tbody tr")).hasCount(2);
		assertThat(table.locator("tbody tr").first()).containsText("−14, reliably lower");
		assertThat(table.locator("tbody tr").last()).containsText("First answer");
		screenshots(page, "measures-phq9");

		// The therapist sees the same scores.
		String clientId = ownId(page);
		Page therapistPage = therapist.page();
		therapistPage.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
		therapistPage.navigate("/clients/" + clientId + "/measures");
		assertThat(therapistPage.locator("h1")).hasText("Questionnaires of " + client.name());
		Locator phq9 = therapistPage.locator("#PHQ9");
		assertThat(phq9.locator("tbody tr")).hasCount(2);
		assertThat(phq9.locator("tbody tr").first()).containsText("−14, reliably lower");
		assertThat(phq9.locator("tbody tr").last()).containsText("16");
		Locator gad7 = therapistPage.locator("#GAD7");
		assertThat(gad7.locator("tbody tr")).hasCount(1);
		assertThat(gad7.locator("tbody tr").first()).containsText("5");
		therapistPage.waitForFunction("(" + CHART_DRAWN + ")(document.querySelector('#PHQ9 canvas[data-chart]'))");
	}

}
