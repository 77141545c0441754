package org.between.e2e;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 6's path in a real browser: the therapist sets a practice policy and a standing
 * appointment; the client reads and acknowledges the policy, then cancels tomorrow's
 * session late and sees the fee and the policy version that decided it, before and after.
 */
class FrameJourneyTest extends ClientBrowserTest {

	@Test
	void aLateCancellationShowsTheFeeAndTheRuleThatDecidedIt() {
		Therapist therapist = enrolledTherapist();
		Client client = signedInClient();
		link(client, therapist);
		String clientId = ownId(client.page());

		Page t = therapist.page();
		t.navigate("/frame");
		t.locator("#feePerSession").fill("90.00");
		t.locator("#currency").fill("EUR");
		t.locator("#cancellationNoticeHours").fill("48");
		t.locator("#lateCancellationFee").fill("60.00");
		button(t, "Publish this version").click();
		assertThat(t.getByTestId("published")).isVisible();

		Page c = client.page();
		c.navigate("/");
		c.getByTestId("policy-card").getByRole(AriaRole.LINK).first().click();
		assertThat(c.locator("main")).containsText("60.00 EUR");
		c.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have read this: version 1")).click();
		assertThat(c.getByTestId("acknowledged")).isVisible();
		t.navigate("/frame");
		assertThat(t.locator("main")).containsText(client.name());

		// Tomorrow at noon is at most 36 hours away: inside the 48-hour notice.
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		t.navigate("/clients/" + clientId + "/sessions");
		t.locator("#standing-weekday").selectOption(today.plusDays(1).getDayOfWeek().name());
		t.locator("#standing-startTime").fill("12:00");
		button(t, "Add the standing appointment").click();
		assertThat(t.getByTestId("done")).containsText("The standing appointment is saved");

		c.navigate("/sessions");
		assertThat(c.getByTestId("next-session")).containsText("Tomorrow at 12:00");
		c.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Details and cancelling")).click();
		c.getByTestId("cancel-link").click();
		assertThat(c.getByTestId("preview"))
			.containsText("less than 48 hours before the session, so under your therapist\u2019s policy the "
					+ "late-cancellation fee of 60.00 EUR applies");
		screenshots(c, "frame-late-cancel-preview");
		button(c, "Cancel the session").click();
		assertThat(c.getByTestId("status")).hasText("Cancelled by you");
		assertThat(c.getByTestId("ruling")).containsText("within the 48-hour notice: fee 60.00 EUR");
		assertThat(c.getByTestId("ruling")).containsText("Decided by practice policy version 1");
		assertThat(c.getByTestId("ruling")).containsText("The time stays held for you.");
		screenshots(c, "frame-late-cancel-ruling");

		// The therapist sees the same ruling on the session.
		t.navigate(c.url());
		assertThat(t.getByTestId("ruling")).containsText("60.00 EUR");
		assertThat(t.getByTestId("ruling")).containsText("The time stays held for the client.");
	}

}
