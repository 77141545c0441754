package org.between.e2e;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.between.accounts.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) finds nothing on the pages so far (at
 * phone size, and at desktop size where the layout changes: {@link BrowserTest#axe}), and
 * every page has "Get help now" in its header.
 */
class AccessibilityTest extends BrowserTest {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@Test
	void signedOutPages() {
		Page page = newPage();
		List<String> problems = new ArrayList<>();
		for (String path : List.of("/", "/signup", "/login", "/password-reset", "/crisis", "/crisis?country=GB")) {
			page.navigate(path);
			check(page, path, problems);
		}
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	@Test
	void signedInPages() {
		List<String> problems = new ArrayList<>();

		// A therapist before enrolment, during it (QR code showing), and after it. The
		// account is made through the facade (FirstLinkJourneyTest signs up on the page);
		// /login?created is still the page for an account made elsewhere (sign-up itself
		// now signs in).
		Page page = newPage();
		String name = "Dr Lee " + java.util.UUID.randomUUID().toString().substring(0, 6);
		String email = uniqueEmail("therapist");
		account(Role.THERAPIST, name, email);
		page.navigate("/login?created");
		assertThat(page.getByText("Your account is ready. Please sign in.")).isVisible();
		check(page, "/login?created", problems);
		signInByForm(page, email, name, null);
		check(page, "/ (therapist, two-factor not set up)", problems);
		String secret = startTwoFactor(page);
		check(page, "/account (two-factor enrolment)", problems);
		confirmTwoFactor(page, secret);
		check(page, "/account (two-factor on)", problems);
		page.navigate("/");
		String code = createInvitation(page);
		check(page, "/clients (invitation created)", problems);

		// The error page, signed in.
		page.navigate("/no-such-page");
		assertThat(greeting(page)).hasText("Something did not work");
		check(page, "/no-such-page (404)", problems);

		// A client before and after linking.
		Page client = newPage();
		String clientName = "Kai " + java.util.UUID.randomUUID().toString().substring(0, 6);
		String clientEmail = uniqueEmail("client");
		account(Role.CLIENT, clientName, clientEmail);
		signInByForm(client, clientEmail, clientName, null);
		check(client, "/ (client, not linked)", problems);
		client.locator("#code").fill("WRONG-CODE0");
		button(client, "Link with my therapist").click();
		assertThat(client.getByRole(AriaRole.ALERT)).containsText("That code did not work.");
		check(client, "/invitations/review (wrong code)", problems);
		client.locator("#code").fill(code);
		button(client, "Link with my therapist").click();
		check(client, "/invitations/review (the consent step)", problems);
		button(client, "Accept and link").click();
		assertThat(client.getByTestId("therapist")).isVisible();
		check(client, "/ (client, linked)", problems);

		// The therapist's home with a client, and the second sign-in step.
		page.navigate("/");
		assertThat(page.getByTestId("clients")).containsText(clientName);
		check(page, "/ (therapist, with a client)", problems);
		button(page, "Sign out").click();
		// the form is sent once offline.js has dropped a kept plan (issue 19): wait for
		// it
		assertThat(page).hasURL(java.util.regex.Pattern.compile("\\?signedOut$"));
		check(page, "/?signedOut", problems);
		submitSignIn(page, email);
		assertThat(page).hasURL(baseUrlPattern("/login/second-factor"));
		check(page, "/login/second-factor", problems);

		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	/**
	 * The help link in the header, and axe ({@link BrowserTest#axe}: at both sizes where
	 * the layout changes); findings go to problems.
	 */
	private static void check(Page page, String label, List<String> problems) {
		Locator help = page.getByRole(AriaRole.BANNER)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Get help now").setExact(true));
		assertThat(help).hasCount(1);
		assertThat(help).hasAttribute("href", "/crisis");
		assertThat(help).isVisible();
		axe(page, label, problems);
	}

}
