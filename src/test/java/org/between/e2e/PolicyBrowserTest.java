package org.between.e2e;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practice policy through the real forms: the therapist publishes a first version and
 * announces a dearer one, the client sees the card, reads the policy in plain words and
 * says so. Screenshots of /frame and /policy at both sizes, no axe-core violations.
 */
class PolicyBrowserTest extends ClientBrowserTest {

	@Test
	void therapistPublishesClientReadsAndAcknowledges() {
		Therapist therapist = enrolledTherapist();
		Client client = signedInClient();
		link(client, therapist);
		List<String> problems = new ArrayList<>();

		Page t = therapist.page();
		t.getByTestId("frame-link").click();
		assertThat(t).hasURL(baseUrlPattern("/frame"));
		axe(t, "/frame (empty)", problems);
		t.locator("#feePerSession").fill("80");
		t.locator("#currency").fill("EUR");
		t.locator("#cancellationNoticeHours").fill("48");
		t.locator("#lateCancellationFee").fill("60");
		t.locator("#slidingScaleNote").fill("If money is tight, please talk to me about a reduced fee.");
		button(t, "Publish this version").click();
		assertThat(t.getByTestId("published")).containsText("Version 1 is published and in force now.");

		// a dearer version too soon: the form says from when it can take effect
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		t.locator("#feePerSession").fill("90");
		t.locator("#effectiveFrom").fill(today.plusDays(10).toString());
		button(t, "Publish this version").click();
		assertThat(t.getByTestId("effectiveFrom-error")).containsText("The earliest date for this change is");
		axe(t, "/frame (notice error)", problems);
		t.locator("#effectiveFrom").fill(today.plusDays(30).toString());
		button(t, "Publish this version").click();
		assertThat(t.getByTestId("published")).containsText("Version 2 is published.");

		Page c = client.page();
		c.navigate("/");
		assertThat(c.getByTestId("policy-card")).containsText("practice policy changes on");
		c.getByTestId("policy-card").getByText("Read the policy").click();
		assertThat(c).hasURL(baseUrlPattern("/policy"));
		assertThat(c.locator("#current")
			.getByText("If you cancel less than 48 hours before a session, the fee is 60.00 EUR.")).isVisible();
		assertThat(c.getByText("Fee per session: 90.00 EUR instead of 80.00 EUR")).isVisible();
		button(c, "I have read this: version 1").click();
		assertThat(c.getByTestId("acknowledged")).containsText("You said you read version 1");
		axe(c, "/policy", problems);
		screenshots(c, "policy");

		t.navigate("/frame");
		assertThat(t.locator("#clients")).containsText(client.name());
		axe(t, "/frame", problems);
		screenshots(t, "frame");

		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

}
