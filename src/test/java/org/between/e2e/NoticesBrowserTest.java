package org.between.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy notice and the intended purpose (issue 10, point 9) as a newcomer meets
 * them: from the footer of the landing page and from sign-up, which will not create an
 * account until the person confirms they are 18 or older. Screenshots at phone and
 * desktop size, and axe on each.
 */
class NoticesBrowserTest extends BrowserTest {

	@Test
	void aNewcomerReadsTheNoticesAndConfirmsTheirAgeAtSignUp() {
		List<String> problems = new ArrayList<>();
		Page page = newPage();

		page.navigate("/");
		footerLink(page, "Privacy").click();
		assertThat(page).hasURL(baseUrlPattern("/privacy"));
		assertThat(greeting(page)).hasText("Privacy: what Between keeps and who sees it");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		screenshots(page, "privacy");
		axe(page, "/privacy", problems);

		footerLink(page, "About Between").click();
		assertThat(page).hasURL(baseUrlPattern("/about"));
		assertThat(greeting(page)).hasText("What Between is for");
		screenshots(page, "about");
		axe(page, "/about", problems);

		// Sign-up: the age question, with both notices one tap away.
		page.navigate("/signup");
		Locator age = page.locator("#adult-confirmation");
		assertThat(age.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Privacy"))).isVisible();
		assertThat(age.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("About Between"))).isVisible();
		screenshots(page, "signup");
		axe(page, "/signup", problems);

		// Without the box ticked nothing is created, and the page says why, by the box.
		String email = uniqueEmail("client");
		page.locator("input[name=role][value=CLIENT]").check();
		page.locator("#displayName").fill("Robin");
		page.locator("#email").fill(email);
		page.locator("#password").fill(PASSWORD);
		button(page, "Create my account").click();
		assertThat(age.locator(".field-error"))
			.hasText("Please confirm that you are 18 or older. Between is for adults.");
		assertThat(page.locator(".error-summary a[href='#adult']")).isVisible();
		assertThat(page.locator("#displayName")).hasValue("Robin");
		screenshots(page, "signup-age-missing");
		axe(page, "/signup (age not confirmed)", problems);

		page.locator("#password").fill(PASSWORD);
		page.getByLabel("I am 18 or older").check();
		button(page, "Create my account").click();
		// signed in at once, on the first run's page (issue 16)
		assertThat(page).hasURL(Pattern.compile("/welcome$"));

		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	private static Locator footerLink(Page page, String name) {
		return page.getByRole(AriaRole.CONTENTINFO)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

}
