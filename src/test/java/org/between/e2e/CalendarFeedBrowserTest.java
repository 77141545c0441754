package org.between.e2e;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Calendar" section of /account in a real browser: make the link, read it, stop it;
 * the notices after each form; axe at both sizes; screenshots.
 */
class CalendarFeedBrowserTest extends ClientBrowserTest {

	@Test
	void aClientMakesReadsAndStopsTheirCalendarLink() {
		Client client = signedInClient();
		Page page = client.page();
		List<String> problems = new ArrayList<>();

		page.navigate("/account#calendar");
		assertThat(page.locator("#calendar")).containsText("Anyone with this link can see the times");
		axe(page, "/account (calendar, no link)", problems);
		button(page, "Make my calendar link").click();

		assertThat(page.getByTestId("calendar-notice")).hasText("Your calendar link is ready.");
		String url = page.getByTestId("calendar-url").inputValue();
		assertThat(url).matches("http://localhost:8080/calendar/[A-Za-z0-9_-]{43}\\.ics");
		assertThat(page.getByLabel("Your calendar link")).hasAttribute("readonly", "");
		APIResponse feed = page.request().get(URI.create(url).getPath());
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.headers().get("content-type")).isEqualTo("text/calendar;charset=UTF-8");
		assertThat(feed.text()).startsWith("BEGIN:VCALENDAR").contains("PRODID:-//Between//Sessions//EN");
		axe(page, "/account (calendar, link shown)", problems);
		screenshots(page, "account-calendar");

		button(page, "Stop the calendar feed").click();
		assertThat(page.getByTestId("calendar-notice"))
			.hasText("The calendar feed is stopped. The link no longer works.");
		assertThat(page.getByTestId("calendar-url")).hasCount(0);
		assertThat(page.request().get(URI.create(url).getPath()).status()).isEqualTo(404);
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

}
