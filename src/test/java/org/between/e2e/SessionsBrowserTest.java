package org.between.e2e;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sessions pages in a real browser: the therapist adds a standing appointment and
 * records a session held yesterday through the forms; the client sees their next session
 * and regular time, opens the session and cancels it after the confirmation page.
 * Screenshots at both sizes and no axe-core violations on each page.
 */
class SessionsBrowserTest extends ClientBrowserTest {

	@Test
	void standingAppointmentSessionsPageAndCancellation() {
		Therapist therapist = enrolledTherapist();
		Client client = signedInClient();
		link(client, therapist);
		String clientId = ownId(client.page());
		List<String> problems = new ArrayList<>();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

		Page t = therapist.page();
		t.navigate("/clients/" + clientId + "/sessions");
		t.locator("#standing-weekday").selectOption(today.plusDays(1).getDayOfWeek().name());
		t.locator("#standing-startTime").fill("12:00");
		t.locator("#standing-videoLink").fill("https://video.example.org/room-7");
		button(t, "Add the standing appointment").click();
		assertThat(t.getByTestId("done")).containsText("The standing appointment is saved");
		t.locator("#book > summary").click();
		t.locator("#booking-date").fill(today.minusDays(1).toString());
		t.locator("#booking-time").fill("10:00");
		button(t, "Book the session").click();
		assertThat(t.getByTestId("done")).containsText("is booked");
		assertThat(t.getByTestId("past")).containsText("Held");
		axe(t, "/clients/{id}/sessions", problems);
		screenshots(t, "sessions-therapist-client");
		t.locator("#add-standing > summary").click();
		t.locator("#book > summary").click();
		axe(t, "/clients/{id}/sessions (forms open)", problems);
		screenshots(t, "sessions-therapist-client-forms");

		Page c = client.page();
		c.navigate("/sessions");
		assertThat(c.getByTestId("next-session")).containsText("Tomorrow at 12:00");
		assertThat(c.getByTestId("standing")).containsText("at 12:00 your time, 50 minutes");
		assertThat(c.getByTestId("past")).containsText("Held");
		axe(c, "/sessions", problems);
		screenshots(c, "sessions-client");

		c.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Details and cancelling")).click();
		assertThat(c.getByTestId("status")).hasText("Planned");
		axe(c, "/sessions/{id}", problems);
		screenshots(c, "sessions-session-client");

		c.getByTestId("cancel-link").click();
		assertThat(c.getByTestId("preview")).containsText("there is no fee");
		axe(c, "/sessions/{id}/cancel", problems);
		screenshots(c, "sessions-cancel");
		c.locator("#reason").fill("A fever");
		button(c, "Cancel the session").click();
		assertThat(c.getByTestId("status")).hasText("Cancelled by you");
		assertThat(c.getByTestId("ruling")).containsText("no fee");
		axe(c, "/sessions/{id} cancelled", problems);
		screenshots(c, "sessions-session-cancelled");

		t.navigate("/sessions");
		assertThat(t.getByTestId("day").first()).containsText(client.name());
		axe(t, "/sessions (therapist)", problems);
		screenshots(t, "sessions-therapist");
		t.getByTestId("session-line").nth(1).getByRole(AriaRole.LINK).click();
		axe(t, "/sessions/{id} (therapist)", problems);
		screenshots(t, "sessions-session-therapist");

		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

}
