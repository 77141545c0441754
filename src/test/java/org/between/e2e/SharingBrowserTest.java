package org.between.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "What my therapist sees" in a browser: the invitation page asks with nothing ticked,
 * the client ticks two, changes it on /account, and the therapist sees the current choice
 * on the client's page. Screenshots at 390 and 1280, axe on each page.
 */
class SharingBrowserTest extends ClientBrowserTest {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

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

		// The brief says which sections are not shared (check-ins, skills) instead of
		// "nothing happened".
		page.navigate("/");
		post(page, "/api/v1/checkins", "{\"mood\":4,\"distress\":6}");
		tp.navigate("/clients/" + clientId);
		String session = post(tp, "/api/v1/clients/" + clientId + "/sessions",
				"{\"startsAt\":\"" + Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES)
						+ "\",\"durationMinutes\":50,\"kind\":\"REGULAR\"}");
		tp.navigate("/sessions/" + session + "/brief");
		assertThat(tp.getByTestId("brief-checkins")).containsText("does not share check-ins with you");
		assertThat(tp.getByTestId("brief-skills")).containsText("does not share the skills they practise");
		assertThat(tp.getByTestId("brief-risk")).containsText("No safety flags in this time");
		axe(tp, "/sessions/{id}/brief (partly shared)", problems);
		screenshots(tp, "brief-partly-shared");

		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	/**
	 * A JSON POST on the page's own session (with its CSRF token); answers the new id.
	 */
	private static String post(Page page, String path, String json) {
		String header = page.locator("meta[name=csrf-header]").getAttribute("content");
		String token = page.locator("meta[name=csrf-token]").getAttribute("content");
		APIResponse response = page.request()
			.post(path,
					RequestOptions.create()
						.setHeader("Content-Type", "application/json")
						.setHeader(header, token)
						.setData(json));
		assertThat(response.status()).as(path + " " + response.text()).isEqualTo(201);
		Matcher matcher = ID.matcher(response.text());
		assertThat(matcher.find()).as(response.text()).isTrue();
		return matcher.group(1);
	}

}
