package org.between.e2e;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The safety screen with and without a plan (the six steps in order, people to call or
 * text, the emergency number last and not dominant), and the therapist's proposal: sent
 * from the client's plan page, shown to the client as a calm card, taken as a new version
 * written by the therapist. Screenshots at 390 and 1280 px; axe on each page.
 */
class SafetyPlanProposalBrowserTest extends ClientBrowserTest {

	@Test
	void theSafetyScreenWithoutAPlanSaysSoAndOffersTheLines() {
		Page page = signedInClient().page();
		page.navigate("/safety/now");
		assertThat(page.getByTestId("no-plan"))
			.hasText(java.util.regex.Pattern.compile("^There is no plan here yet\\."));
		assertThat(page.getByTestId("crisis-lines").locator("a[href='tel:116123']")).isVisible();
		Locator danger = page.getByTestId("immediate-danger");
		assertThat(danger).isVisible();
		assertThat(danger.locator("a[href='tel:999']")).hasText("Call 999");
		assertThat(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Write a plan when things are calmer")))
			.isVisible();
		screenshots(page, "safety-now-no-plan");
		List<String> problems = new ArrayList<>();
		axe(page, "/safety/now (no plan)", problems);
		org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
	}

	@Test
	void theTherapistProposesChangesAndTheClientTakesThem() {
		Therapist therapist = enrolledTherapist();
		Client client = signedInClient();
		link(client, therapist);
		Page page = client.page();
		Plan plan = Plan.sample(true);
		writePlan(page, plan);
		List<String> problems = new ArrayList<>();

		// The safety screen: the person's own words first, the emergency number last.
		page.navigate("/safety/now");
		List<String> headings = page.locator("section.safety-now h2").allTextContents();
		org.assertj.core.api.Assertions.assertThat(headings.get(0)).isEqualTo("What you may notice");
		org.assertj.core.api.Assertions.assertThat(headings.get(headings.size() - 1))
			.isEqualTo("If you are in immediate danger");
		assertThat(page.locator("a[href='sms:07700900123']")).isVisible();
		assertThat(page.locator("a[href='sms:07700900123']")).hasAccessibleName("Send a text to " + plan.personName());
		// The first line on screen to call is a crisis line, not the emergency number.
		org.assertj.core.api.Assertions
			.assertThat(page.locator("section.safety-now a[href^='tel:']").first().getAttribute("href"))
			.isNotEqualTo("tel:999");
		screenshots(page, "safety-now-plan");
		axe(page, "/safety/now (plan)", problems);

		// The therapist proposes from the client's plan page.
		String clientId = ownId(page);
		Page therapistPage = therapist.page();
		therapistPage.navigate("/clients/" + clientId + "/safety-plan");
		therapistPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Propose changes")).click();
		assertThat(therapistPage.locator("#warningSigns")).hasValue(plan.warningSigns());
		therapistPage.locator("#warningSigns").fill(plan.warningSigns() + "\nI cancel plans with friends");
		therapistPage.locator("#note").fill("What we talked about on Tuesday.");
		screenshots(therapistPage, "safety-propose");
		axe(therapistPage, "/clients/{id}/safety-plan/propose", problems);
		button(therapistPage, "Send the suggestion").click();
		assertThat(therapistPage.getByText(client.name() + " will see your suggestion next time they open their plan."))
			.isVisible();
		assertThat(therapistPage.getByTestId("my-proposals")).containsText("not answered yet");

		// The client sees a calm card with what would change.
		page.navigate("/safety");
		Locator card = page.getByTestId("proposal");
		assertThat(card).isVisible();
		assertThat(card).containsText(therapist.name() + " suggested changes to your plan");
		assertThat(card).containsText("I cancel plans with friends");
		assertThat(card).containsText("What we talked about on Tuesday.");
		screenshots(page, "safety-proposal");
		axe(page, "/safety (proposal)", problems);
		card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Use these changes")).click();

		assertThat(page.getByText("Your plan now has these changes.", new Page.GetByTextOptions())).isVisible();
		assertThat(page.getByText("Changes from " + therapist.name() + ", accepted by you")).isVisible();
		assertThat(page.getByText("I cancel plans with friends", new Page.GetByTextOptions().setExact(true)))
			.isVisible();
		assertThat(page.getByTestId("proposal")).hasCount(0);

		// Going through it together is noted, calmly.
		button(page, "We went through it together today").click();
		assertThat(page.getByTestId("reviewed-together"))
			.containsText("Last gone through together with your therapist:");
		screenshots(page, "safety-after-proposal");
		axe(page, "/safety", problems);

		therapistPage.navigate("/clients/" + clientId + "/safety-plan");
		assertThat(therapistPage.getByTestId("my-proposals")).containsText("accepted (version 2)");
		assertThat(therapistPage.getByText("Changes from " + therapist.name() + ", accepted by " + client.name()))
			.isVisible();
		screenshots(therapistPage, "safety-client-plan");
		axe(therapistPage, "/clients/{id}/safety-plan", problems);
		org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
	}

}
