package org.between.e2e;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Helpers for the browser tests of the safety and measures pages: a signed-in client
 * (time zone Europe/London, so the crisis lines are the UK's), linking with a therapist,
 * answering a questionnaire and writing a safety plan through the real forms.
 */
abstract class ClientBrowserTest extends BrowserTest {

	/** The four answers of each PHQ-9 and GAD-7 item, by value. */
	static final String[] FREQUENCY = { "Not at all", "Several days", "More than half the days", "Nearly every day" };

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

	/** A client account, signed in, on the home page. */
	record Client(Page page, String name, String email) {
	}

	Client signedInClient() {
		return signedInClient(new Browser.NewContextOptions());
	}

	Client signedInClient(Browser.NewContextOptions options) {
		Page page = newPage(options);
		String name = "Sam " + UUID.randomUUID().toString().substring(0, 6);
		String email = uniqueEmail("client");
		signUp(page, "CLIENT", name, email);
		signIn(page, email, name);
		return new Client(page, name, email);
	}

	/** On the client's home page: links with the therapist's invitation code. */
	static void link(Client client, Therapist therapist) {
		therapist.page().navigate("/");
		String code = createInvitation(therapist.page());
		client.page().navigate("/");
		client.page().locator("#code").fill(code);
		button(client.page(), "Link with my therapist").click();
		assertThat(client.page().getByTestId("therapist")).hasText("You are working with " + therapist.name() + ".");
	}

	/**
	 * {@link #link}, the client ticking every box of "What my therapist sees" on the home
	 * page's form.
	 */
	static void linkSharingEverything(Client client, Therapist therapist) {
		therapist.page().navigate("/");
		String code = createInvitation(therapist.page());
		client.page().navigate("/");
		client.page().locator("#code").fill(code);
		for (String key : new String[] { "checkins", "riskFlags", "measures", "skills", "insights" }) {
			client.page().locator("#home-sharing-" + key).check();
		}
		button(client.page(), "Link with my therapist").click();
		assertThat(client.page().getByTestId("therapist")).hasText("You are working with " + therapist.name() + ".");
	}

	/** The signed-in person's id, from /api/v1/me on the page's own session. */
	static String ownId(Page page) {
		APIResponse me = page.request().get("/api/v1/me");
		assertThat(me.status()).as("GET /api/v1/me").isEqualTo(200);
		Matcher matcher = ID.matcher(me.text());
		assertThat(matcher.find()).as(me.text()).isTrue();
		return matcher.group(1);
	}

	/**
	 * Opens /measures/{code}/answer, chooses one answer per item (by value, labels as in
	 * {@link #FREQUENCY}) and saves.
	 */
	static void answer(Page page, String code, int... values) {
		page.navigate("/measures/" + code + "/answer");
		for (int n = 1; n <= values.length; n++) {
			choose(page, n, values[n - 1]);
		}
		saveAnswers(page);
	}

	static void choose(Page page, int item, int value) {
		page.getByTestId("q" + item)
			.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(FREQUENCY[value]).setExact(true))
			.check();
	}

	static void saveAnswers(Page page) {
		button(page, "Save my answers").click();
	}

	/** The plan written in the tests, one entry per line. */
	record Plan(String warningSigns, String copingStrategies, String distractions, String personName,
			String personPhone, String professionalName, String professionalPhone, String environmentSafety,
			String reasonsForLiving, boolean shared) {

		static Plan sample(boolean shared) {
			return new Plan("I stop answering messages\nI lie awake after 2 am",
					"Slow breathing, four counts in and six out\nA hot shower\nWalk round the park",
					"The library on Mill Road\nSitting with my sister while she cooks", "Jo (my sister)",
					"07700 900123", "Dr Patel, GP surgery", "020 7946 0001",
					"Give the spare blister packs to Jo\nLeave the car keys at work",
					"My cat Pepper\nSeeing the sea in June", shared);
		}

	}

	/** On /safety/edit: fills every step and saves; ends on /safety. */
	static void writePlan(Page page, Plan plan) {
		page.navigate("/safety/edit");
		page.locator("#warningSigns").fill(plan.warningSigns());
		page.locator("#copingStrategies").fill(plan.copingStrategies());
		page.locator("#distractions").fill(plan.distractions());
		page.locator("input[name='peopleToAsk[0].name']").fill(plan.personName());
		page.locator("input[name='peopleToAsk[0].phone']").fill(plan.personPhone());
		page.locator("input[name='professionals[0].name']").fill(plan.professionalName());
		page.locator("input[name='professionals[0].phone']").fill(plan.professionalPhone());
		page.locator("#environmentSafety").fill(plan.environmentSafety());
		page.locator("#reasonsForLiving").fill(plan.reasonsForLiving());
		page.getByLabel("Let my therapist read this plan").setChecked(plan.shared());
		button(page, "Save my plan").click();
		assertThat(page).hasURL(baseUrlPattern("/safety"));
		assertThat(page.getByText("Your plan is saved. The earlier version is kept too.")).isVisible();
	}

	/** "tel:07700 900123" as the app writes it: digits and + only. */
	static String tel(String phone) {
		return "tel:" + phone.replaceAll("[^0-9+]", "");
	}

}
