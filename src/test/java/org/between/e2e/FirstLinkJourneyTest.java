package org.between.e2e;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.between.accounts.TotpCodes;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The first path through Between: a therapist signs up, turns on two-factor sign-in and
 * invites a client; the client signs up and links with the code; both see each other; the
 * therapist's next sign-in asks for the code.
 */
class FirstLinkJourneyTest extends BrowserTest {

	@Test
	void therapistInvitesAndClientLinks() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String therapistName = "Dr Mira " + suffix;
		String therapistEmail = uniqueEmail("therapist");
		String clientName = "Sam " + suffix;
		String clientEmail = uniqueEmail("client");

		// Signed out: the landing page, sign-up and sign-in.
		Page therapist = newPage();
		therapist.navigate("/");
		assertThat(greeting(therapist)).hasText("For the time between sessions.");
		screenshots(therapist, "landing");
		therapist.navigate("/signup");
		screenshots(therapist, "signup");
		signUp(therapist, "THERAPIST", therapistName, therapistEmail);
		// Signed in at once, on the first run: three lines, then home.
		assertThat(therapist.getByTestId("first-run-lines").locator("li")).hasCount(3);
		assertThat(therapist.getByTestId("plan-offer")).hasCount(0);
		screenshots(therapist, "welcome-therapist");
		therapist.getByTestId("go-home").click();
		assertThat(therapist).hasURL(baseUrlPattern("/"));
		assertThat(greeting(therapist)).hasText("Hello, " + therapistName + ".");

		// Home asks for two-factor sign-in first; the account page sets it up.
		assertThat(therapist.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Set up two-factor sign-in first")))
			.isVisible();
		assertThat(button(therapist, "Create an invitation code")).hasCount(0);
		therapist.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up two-factor sign-in")).click();
		assertThat(therapist).hasURL(baseUrlPattern("/account"));
		String secret = startTwoFactor(therapist);
		screenshots(therapist, "account-totp");
		confirmTwoFactor(therapist, secret);

		// Home now leads to invitations, on the clients page.
		therapist.navigate("/");
		therapist.getByTestId("invite-link").click();
		assertThat(therapist).hasURL(baseUrlPattern("/clients"));
		assertThat(therapist.getByLabel("Client's e-mail (optional)", new Page.GetByLabelOptions().setExact(true)))
			.isVisible();
		String code = createInvitation(therapist);
		assertThat(therapist.getByTestId("invitation-code")).hasText(code);
		assertThat(therapist.getByTestId("invitation-link")).containsText("/invitations/" + code);
		screenshots(therapist, "therapist-clients-invitation");

		// A second browser: the client signs up, signs in and links.
		Page client = newPage();
		signUp(client, "CLIENT", clientName, clientEmail);
		assertThat(client.getByTestId("first-run-lines").locator("li")).hasCount(3);
		assertThat(client.getByTestId("plan-offer")).isVisible();
		client.getByTestId("go-home").click();
		assertThat(greeting(client)).hasText("Hello, " + clientName + ".");
		assertThat(client.getByTestId("therapist")).hasCount(0);
		client.locator("#code").fill(code);
		button(client, "Link with my therapist").click();
		// The consent step: who invited them, before anything is linked.
		assertThat(greeting(client)).hasText(therapistName + " invited you to Between");
		button(client, "Accept and link").click();
		assertThat(client.getByTestId("therapist")).hasText("You are working with " + therapistName + ".");
		assertThat(client.getByText("You are now linked with " + therapistName + ".")).isVisible();
		assertThat(client.locator("#code")).hasCount(0);
		screenshots(client, "client-home-linked");

		// The therapist sees the client.
		therapist.navigate("/");
		assertThat(therapist.getByTestId("clients")).containsText(clientName);

		// Signing out and in again now asks for the code.
		button(therapist, "Sign out").click();
		assertThat(therapist).hasURL(Pattern.compile("/\\?signedOut$"));
		assertThat(therapist.getByText("You are signed out.")).isVisible();
		submitSignIn(therapist, therapistEmail);
		assertThat(therapist).hasURL(baseUrlPattern("/login/second-factor"));
		assertThat(greeting(therapist)).hasText("Your sign-in code");
		screenshots(therapist, "second-factor");
		therapist.locator("#code").fill(TotpCodes.now(secret));
		button(therapist, "Continue").click();
		assertThat(therapist).hasURL(baseUrlPattern("/"));
		assertThat(greeting(therapist)).hasText("Hello, " + therapistName + ".");
		assertThat(therapist.getByTestId("clients")).containsText(clientName);

		// The crisis page, from the header.
		therapist.getByRole(AriaRole.BANNER)
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Get help now"))
			.click();
		assertThat(therapist).hasURL(Pattern.compile("/crisis$"));
		assertThat(greeting(therapist)).hasText("Get help now");
		screenshots(therapist, "crisis");
	}

}
