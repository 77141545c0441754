package org.between.e2e;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Playwright and one Chromium per JVM, however many browser test classes run before
 * this one (issue 11, point 4), and still a fresh browser context for every test.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedChromiumTest extends BrowserTest {

	/** The first test's browser context, which must be closed when the second starts. */
	private static BrowserContext first;

	@Test
	@Order(1)
	void oneChromiumServesEveryBrowserTestClassOfThisJvm() {
		assertThat(SharedChromium.launches()).isEqualTo(1);
		assertThat(browser().isConnected()).isTrue();

		Page page = newPage();
		first = page.context();
		page.navigate("/crisis?country=GB");
		page.evaluate("() => window.localStorage.setItem('between.test', 'left behind')");
		page.context().addCookies(List.of(new Cookie("left", "behind").setDomain("localhost").setPath("/")));
		assertThat(page.context().cookies()).extracting((cookie) -> cookie.name).contains("left");
	}

	@Test
	@Order(2)
	void theNextTestStartsWithoutTheCookiesAndStorageOfTheLastOne() {
		assertThat(browser().contexts()).as("the last test's context is closed").doesNotContain(first);
		Page page = newPage();
		page.navigate("/crisis?country=GB");
		assertThat(page.context().cookies()).extracting((cookie) -> cookie.name).doesNotContain("left");
		assertThat(page.evaluate("() => window.localStorage.getItem('between.test')")).isNull();
		assertThat(SharedChromium.launches()).isEqualTo(1);
	}

}
