package org.between.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;

import org.between.accounts.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * /crisis works without JavaScript and prints without its country form; without a country
 * it asks first and shows what works everywhere; sign-up asks the country.
 */
class CrisisPageTest extends BrowserTest {

	@Test
	void withoutACountryThePickerComesFirstAndTheFallbackWorksEverywhere() {
		// A browser whose only language is "en": no region, so no country. (JavaScript
		// stays
		// on for axe, which hangs without it; the page has no script.)
		com.microsoft.playwright.BrowserContext context = browser()
			.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl()).setViewportSize(PHONE).setLocale("en"));
		Page page = context.newPage();
		page.route("**/*", (route) -> {
			java.util.Map<String, String> headers = new java.util.HashMap<>(route.request().headers());
			headers.put("accept-language", "en");
			route.resume(new com.microsoft.playwright.Route.ResumeOptions().setHeaders(headers));
		});
		page.navigate("/crisis");
		Locator fallback = page.getByTestId("crisis-fallback");
		assertThat(page.getByText("Choose your country to see its crisis lines.")).isVisible();
		assertThat(page.getByLabel("Country")).hasValue("");
		assertThat(fallback.getByRole(AriaRole.HEADING)).hasText("Call your local emergency number");
		assertThat(fallback.locator("a[href='tel:112']")).hasText("Call 112");
		assertThat(fallback.getByText("112 works from mobile phones in Europe and many other countries.")).isVisible();
		assertThat(fallback.locator("a[href='https://findahelpline.com']")).hasText("findahelpline.com");
		double picker = page.locator("form.country").boundingBox().y;
		org.assertj.core.api.Assertions.assertThat(picker).isLessThan(fallback.boundingBox().y);
		screenshots(page, "crisis-no-country");
		java.util.List<String> problems = new java.util.ArrayList<>();
		axe(page, "/crisis (no country)", problems);

		page.getByLabel("Country").selectOption("IE");
		button(page, "Show lines").click();
		assertThat(page.locator("a[href='tel:116123']")).isVisible();
		assertThat(page.getByTestId("crisis-fallback")).hasCount(0);
		assertThat(page.getByText("Source, listed on 22 November 2026").first()).isVisible();
		context.close();
		org.assertj.core.api.Assertions.assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	@Test
	void aClientWhoseCountryHasNoCuratedLinesSeesTheFallbackOnTheSafetyScreen() {
		Page page = newPage();
		String email = uniqueEmail("madrid");
		account(Role.CLIENT, "Lucia", email);
		signInByForm(page, email, "Lucia", null);
		page.navigate("/account");
		page.getByLabel("Country you live in").selectOption("ES");
		page.locator("form[action='/account/profile'] button[type=submit]").click();
		assertThat(page.getByLabel("Country you live in")).hasValue("ES");

		page.navigate("/safety/now");
		Locator fallback = page.getByTestId("crisis-fallback");
		assertThat(fallback.locator("a[href='tel:112']")).isVisible();
		assertThat(fallback.locator("a[href='https://findahelpline.com']")).isVisible();
		assertThat(page.getByTestId("crisis-lines")).hasCount(0);
		assertThat(page.locator("a[href='tel:999']")).hasCount(0);
		screenshots(page, "safety-now-fallback");
		java.util.List<String> problems = new java.util.ArrayList<>();
		axe(page, "/safety/now (no curated lines)", problems);
		org.assertj.core.api.Assertions.assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	@Test
	void signUpAsksTheCountryAndGuessesItFromTheTimeZone() {
		Page page = newPage(new Browser.NewContextOptions().setTimezoneId("Europe/Dublin"));
		page.navigate("/signup");
		assertThat(page.locator("#timeZone")).hasValue("Europe/Dublin");
		assertThat(page.getByLabel("Country you live in")).hasValue("IE");
		page.locator("#timeZone").selectOption("Europe/Berlin");
		assertThat(page.getByLabel("Country you live in")).hasValue("DE");
		// Once the person chooses a country, the time zone no longer moves it.
		page.getByLabel("Country you live in").selectOption("AT");
		page.locator("#timeZone").selectOption("Europe/Paris");
		assertThat(page.getByLabel("Country you live in")).hasValue("AT");
		screenshots(page, "signup-country");
		java.util.List<String> problems = new java.util.ArrayList<>();
		axe(page, "/signup", problems);
		org.assertj.core.api.Assertions.assertThat(problems).as(String.join("\n", problems)).isEmpty();

		Page plain = newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
		plain.navigate("/signup");
		assertThat(plain.getByLabel("Country you live in")).hasValue("GB");
	}

	@Test
	void choosingACountryWorksWithoutJavaScript() {
		Page page = newPage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
		page.navigate("/crisis");
		assertThat(greeting(page)).hasText("Get help now");
		page.getByLabel("Country").selectOption("GB");
		button(page, "Show lines").click();
		assertThat(page).hasURL(baseUrlPattern("/crisis?country=GB"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Samaritans").setExact(true)))
			.isVisible();
		Locator call = page.locator("a[href='tel:116123']");
		assertThat(call).isVisible();
		assertThat(call).hasText("Call 116 123");
		assertThat(page.locator("a[href='tel:999']")).hasText("If you are in immediate danger, call 999.");
		assertThat(page.getByLabel("Country")).hasValue("GB");
	}

	@Test
	void printingLeavesOutTheCountryForm() {
		Page page = newPage();
		page.navigate("/crisis?country=GB");
		Locator form = page.locator("form.country");
		assertThat(form).isVisible();
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(form).not().isVisible();
		assertThat(page.locator("a[href='tel:116123']")).isVisible();
		assertThat(page.getByText("This page prints on paper, so you can keep it close.")).not().isVisible();
		assertThat(page.getByText("Between is not a crisis service, and nobody watches it in real time.")).isVisible();
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
		assertThat(form).isVisible();
	}

}
