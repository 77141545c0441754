package org.between.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Every way to the safety screen: a risk answer in the PHQ-9, the "I need help now"
 * button on home, the header's "My plan"; and the screen and the plan form without
 * JavaScript.
 */
class RiskPathsTest extends ClientBrowserTest {

	static final String NOT_WATCHED = "Nobody watches Between in real time, and your therapist is not alerted when this screen opens.";

	static final String THANKS_PHQ9 = "You told us you have had thoughts of being better off dead or of hurting yourself. Thank you for saying so.";

	@Test
	void aRiskAnswerInThePhq9LeadsToTheSafetyScreen() {
		Client client = signedInClient();
		Page page = client.page();
		answer(page, "PHQ9", 0, 0, 0, 0, 0, 0, 0, 0, 1);

		assertThat(page)
			.hasURL(Pattern.compile("^http://localhost:\\d+/safety/now\\?reason=PHQ9_ITEM_9&response=[0-9a-f-]{36}$"));
		// The person can see what they answered.
		page.getByTestId("see-answers").click();
		assertThat(page).hasURL(Pattern.compile("/measures/responses/[0-9a-f-]{36}$"));
		page.goBack();
		assertThat(greeting(page)).hasText("Right now");
		assertThat(page.getByText(THANKS_PHQ9)).isVisible();
		assertThat(page.getByTestId("not-watched")).containsText(NOT_WATCHED);
		assertThat(page.getByTestId("not-watched")).isVisible();
		assertSafetyScreenCalls(page);
	}

	@Test
	void theHelpButtonOnHomeOpensTheSafetyScreenInOneClick() {
		Page page = signedInClient().page();
		page.navigate("/");
		page.getByTestId("help-now").click();
		assertThat(page).hasURL(baseUrlPattern("/safety/now"));
		assertThat(greeting(page)).hasText("Right now");
		assertThat(page.getByTestId("not-watched")).isVisible();
		// Nobody is thanked for something they did not say.
		assertThat(page.getByText("Thank you for saying so.", new Page.GetByTextOptions().setExact(false))).hasCount(0);
		assertSafetyScreenCalls(page);
	}

	@Test
	void myPlanInTheHeaderOpensTheSafetyScreenInOneClick() {
		Page page = signedInClient().page();
		page.navigate("/measures");
		assertThat(greeting(page)).hasText("Questionnaires");
		Locator myPlan = page.getByRole(AriaRole.BANNER)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("My plan").setExact(true));
		assertThat(myPlan).isVisible();
		myPlan.click();
		assertThat(page).hasURL(baseUrlPattern("/safety/now"));
		assertThat(page.getByTestId("not-watched")).isVisible();
	}

	@Test
	void theSafetyScreenAndThePlanFormWorkWithoutJavaScript() {
		Page page = signedInClient(new Browser.NewContextOptions().setJavaScriptEnabled(false)).page();

		page.navigate("/safety/now");
		assertThat(greeting(page)).hasText("Right now");
		assertThat(page.getByTestId("not-watched")).isVisible();
		assertSafetyScreenCalls(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write a plan when things are calmer"))
			.click();
		assertThat(page).hasURL(baseUrlPattern("/safety/edit"));

		Plan plan = Plan.sample(false);
		writePlan(page, plan);
		assertThat(page.getByText("Only you can read this plan.")).isVisible();
		assertThat(page.getByText("A hot shower", new Page.GetByTextOptions().setExact(true))).isVisible();
		assertThat(page.locator("a[href='" + tel(plan.personPhone()) + "']")).isVisible();

		page.navigate("/safety/now");
		assertThat(page.getByText("Walk round the park", new Page.GetByTextOptions().setExact(true))).isVisible();
		assertThat(page.getByText(plan.personName(), new Page.GetByTextOptions().setExact(true))).isVisible();
	}

	/** UK lines for a client in Europe/London: 999 first, Samaritans among the lines. */
	private static void assertSafetyScreenCalls(Page page) {
		Locator emergency = page.locator("a[href='tel:999']");
		assertThat(emergency).hasCount(1);
		assertThat(emergency).isVisible();
		assertThat(emergency).hasText("Call 999");
		Locator samaritans = page.getByTestId("crisis-lines").locator("a[href='tel:116123']");
		assertThat(samaritans).isVisible();
		assertThat(page.getByTestId("crisis-lines")).containsText("Samaritans");
	}

}
