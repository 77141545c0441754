package org.between.e2e;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.between.accounts.ClientLinks;
import org.between.accounts.ClientLinks.InvitationRequest;
import org.between.accounts.CurrentUser;
import org.between.accounts.Role;
import org.between.accounts.SharingChoice;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Helpers for the browser tests of the client's pages: a signed-in client (time zone
 * Europe/London, so the crisis lines are the UK's) and a link with a therapist, both made
 * through the facades; answering a questionnaire and writing a safety plan through the
 * real forms.
 */
abstract class ClientBrowserTest extends BrowserTest {

	/** The four answers of each PHQ-9 and GAD-7 item, by value. */
	static final String[] FREQUENCY = { "Not at all", "Several days", "More than half the days", "Nearly every day" };

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

	@Autowired
	ClientLinks links;

	/** A client account, signed in, on the home page. */
	record Client(Page page, String name, String email, CurrentUser user) {
	}

	Client signedInClient() {
		return signedInClient(new Browser.NewContextOptions());
	}

	/**
	 * A client made through the facade (time zone Europe/London, so the UK's crisis
	 * lines), signed in with the sign-in form's requests, on the home page.
	 */
	Client signedInClient(Browser.NewContextOptions options) {
		Page page = newPage(options);
		String name = "Sam " + UUID.randomUUID().toString().substring(0, 6);
		String email = uniqueEmail("client");
		CurrentUser client = account(Role.CLIENT, name, email);
		signInByForm(page, email, name, null);
		return new Client(page, name, email, client);
	}

	/**
	 * Links the client with the therapist through an invitation, as the two would on
	 * their home pages (FirstLinkJourneyTest does it there), sharing nothing yet.
	 */
	void link(Client client, Therapist therapist) {
		link(client, therapist, SharingChoice.NOTHING);
	}

	/**
	 * {@link #link}, the client ticking every box of "What my therapist sees" on the
	 * invitation.
	 */
	void linkSharingEverything(Client client, Therapist therapist) {
		link(client, therapist, new SharingChoice(true, true, true, true, true));
	}

	private void link(Client client, Therapist therapist, SharingChoice sharing) {
		String code = this.links.invite(therapist.user(), new InvitationRequest(null)).code();
		this.links.accept(client.user(), code, "192.0.2." + ADDRESSES.getAndIncrement() % 250, sharing);
		assertThat(this.links.therapistOf(client.user())).isPresent();
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
