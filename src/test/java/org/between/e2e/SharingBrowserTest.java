package org.between.e2e;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "What my therapist sees" in a browser: the invitation page asks with nothing ticked,
 * the client ticks two, changes it on /account, and the therapist sees the current choice
 * on the client's page. Screenshots at 390 and 1280, axe on each page.
 */
class SharingBrowserTest extends ClientBrowserTest {

	static final String[] KEYS = { "checkins", "riskFlags", "measures", "skills", "insights" };

	@Test
	void theClientChoosesWhatTheTherapistSeesWhenLinkingAndChangesItLater() {
		List<String> problems = new ArrayList<>();
		Therapist therapist = enrolledTherapist();
		Client client = signedInClient();
		therapist.page().navigate("/");
		String code = createInvitation(therapist.page());

		Page page = client.page();
		page.navigate("/invitations/" + code);
		assertThat(page.getByTestId("sharing-choices")).containsText("What my therapist sees");
		assertThat(page.getByTestId("sharing-choices")).containsText("before your next session, not in real time");
		for (String key : KEYS) {
			assertThat(page.locator("#invitation-sharing-" + key)).not().isChecked();
		}
		axe(page, "/invitations/{code}", problems);
		screenshots(page, "invitation-sharing");
		page.getByLabel("Safety flags").check();
		page.getByLabel("Check-in trends and urges").check();
		button(page, "Accept and link").click();
		assertThat(page.getByTestId("therapist")).hasText("You are working with " + therapist.name() + ".");

		page.navigate("/account#sharing");
		assertThat(page.locator("#account-sharing-riskFlags")).isChecked();
		assertThat(page.locator("#account-sharing-checkins")).isChecked();
		assertThat(page.locator("#account-sharing-measures")).not().isChecked();
		page.locator("#account-sharing-measures").check();
		page.locator("#account-sharing-checkins").uncheck();
		button(page, "Save what my therapist sees").click();
		assertThat(page.getByTestId("sharing-saved")).isVisible();
		assertThat(page.locator("#account-sharing-measures")).isChecked();
		assertThat(page.locator("#account-sharing-checkins")).not().isChecked();
		assertThat(page.locator("#access")).containsText("You changed what your therapist sees");
		axe(page, "/account (sharing)", problems);
		screenshots(page, "account-sharing");

		String clientId = ownId(page);
		Page tp = therapist.page();
		tp.navigate("/clients/" + clientId);
		assertThat(tp.getByTestId("client-sharing-riskFlags")).containsText("shared");
		assertThat(tp.getByTestId("client-sharing-riskFlags")).not().containsText("not shared");
		assertThat(tp.getByTestId("client-sharing-checkins")).containsText("not shared");
		assertThat(tp.getByTestId("client-sharing-measures")).not().containsText("not shared");
		axe(tp, "/clients/{id} (sharing)", problems);
		screenshots(tp, "client-sharing");

		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

}
