package org.between.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** /crisis works without JavaScript and prints without its country form. */
class CrisisPageTest extends BrowserTest {

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
