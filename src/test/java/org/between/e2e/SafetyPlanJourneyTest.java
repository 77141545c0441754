package org.between.e2e;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A client writes a safety plan and shares it; the safety screen shows it; the linked
 * therapist reads it, and the client sees that reading under Account.
 */
class SafetyPlanJourneyTest extends ClientBrowserTest {

	@Test
	void clientWritesAndSharesAPlanAndTheTherapistReadsIt() {
		Therapist therapist = enrolledTherapist();
		Client client = signedInClient();
		link(client, therapist);
		Page page = client.page();

		// No plan yet: the page invites writing one.
		page.navigate("/safety");
		assertThat(page.getByText("You have not written a safety plan yet.", new Page.GetByTextOptions())).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write my safety plan")).click();
		assertThat(page).hasURL(baseUrlPattern("/safety/edit"));
		// The crisis lines follow the one country setting, changed on /account.
		assertThat(page.getByTestId("plan-country").locator("a[href='/account']")).hasText("Change my country");
		screenshots(page, "safety-edit");

		Plan plan = Plan.sample(true);
		writePlan(page, plan);

		// The plan, every step, with a call link for the person and the professional.
		assertThat(page.getByText("Version 1, saved", new Page.GetByTextOptions())).isVisible();
		assertThat(page.getByText("Your therapist can read this plan.")).isVisible();
		for (String line : List.of("I lie awake after 2 am", "A hot shower", "The library on Mill Road",
				"Leave the car keys at work", "My cat Pepper")) {
			assertThat(page.getByText(line, new Page.GetByTextOptions().setExact(true))).isVisible();
		}
		Locator callPerson = page.locator("a[href='" + tel(plan.personPhone()) + "']");
		assertThat(callPerson).isVisible();
		assertThat(callPerson).hasAccessibleName("Call " + plan.personName());
		assertThat(page.locator("a[href='" + tel(plan.professionalPhone()) + "']")).isVisible();
		assertThat(page.locator("a[href='tel:116123']")).isVisible();
		screenshots(page, "safety");

		// The edit form keeps what was written.
		page.navigate("/safety/edit");
		assertThat(page.locator("#copingStrategies")).hasValue(plan.copingStrategies());
		assertThat(page.locator("input[name='peopleToAsk[0].phone']")).hasValue(plan.personPhone());
		assertThat(page.getByLabel("Let my therapist read this plan")).isChecked();

		// The safety screen: the six steps in order, the person's own words first, the
		// emergency number last.
		page.navigate("/safety/now");
		List<String> headings = page.locator("section.safety-now h2").allTextContents();
		org.assertj.core.api.Assertions.assertThat(headings)
			.containsExactly("What you may notice", "Things you can do on your own",
					"People and places that take your mind off things", "People you can ask",
					"Professionals and crisis lines", "Making your surroundings safer", "What matters to you",
					"If you are in immediate danger");
		assertThat(page.locator("a[href='" + tel(plan.personPhone()) + "']")).isVisible();
		assertThat(page.locator("a[href='tel:999']")).isVisible();
		assertThat(page.getByTestId("not-watched")).isVisible();
		screenshots(page, "safety-now");

		// The therapist reads the shared plan.
		String clientId = ownId(page);
		Page therapistPage = therapist.page();
		therapistPage.navigate("/clients/" + clientId + "/safety-plan");
		assertThat(greeting(therapistPage)).hasText("Safety plan of " + client.name());
		assertThat(therapistPage.getByText("Your reading is recorded, and " + client.name() + " can see it."))
			.isVisible();
		assertThat(therapistPage.getByText("Slow breathing, four counts in and six out")).isVisible();
		assertThat(therapistPage.getByText(plan.personName(), new Page.GetByTextOptions().setExact(true))).isVisible();
		assertThat(therapistPage.getByText("Seeing the sea in June")).isVisible();

		// The client sees that reading on the account page.
		page.navigate("/account");
		assertThat(page.getByText("Your therapist read your safety plan").first()).isVisible();
	}

}
