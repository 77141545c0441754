package org.between.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.ViewportSize;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The therapist opens the pre-session brief of a client who checked in (once with a
 * safety flag) and shared an entry for the session: screenshots at both sizes, axe.
 */
class BriefBrowserTest extends ClientBrowserTest {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

	@Test
	void theTherapistReadsTheBriefOnOneScreen() {
		Therapist therapist = enrolledTherapist();
		Client client = signedInClient();
		linkSharingEverything(client, therapist);
		Page page = client.page();
		page.navigate("/");
		post(page, "/api/v1/checkins", "{\"mood\":3,\"distress\":7,\"urges\":{\"SUICIDAL_THOUGHTS\":1}}");
		post(page, "/api/v1/checkins", "{\"mood\":5,\"distress\":4}");
		post(page, "/api/v1/journal", "{\"title\":\"About the holidays\",\"body\":\"Private words.\",\"intensity\":6,"
				+ "\"bringToSession\":true,\"shareWithTherapist\":true}");
		String clientId = ownId(page);

		Page tp = therapist.page();
		tp.navigate("/");
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		post(tp, "/api/v1/clients/" + clientId + "/sessions",
				"{\"startsAt\":\"" + now.minus(Duration.ofDays(2)) + "\",\"durationMinutes\":50,\"kind\":\"REGULAR\"}");
		String next = id(post(tp, "/api/v1/clients/" + clientId + "/sessions",
				"{\"startsAt\":\"" + now.plus(Duration.ofDays(1)) + "\",\"durationMinutes\":50,\"kind\":\"REGULAR\"}"));

		tp.navigate("/sessions/" + next + "/brief");
		assertThat(tp.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Before the session with " + client.name());
		assertThat(tp.getByTestId("brief-risk")).containsText("thoughts of suicide 1 of 5");
		assertThat(tp.getByTestId("brief-checkins")).containsText("Distress went down from 7.0 to 4.0");
		assertThat(tp.getByTestId("brief-agenda")).containsText("About the holidays");
		assertThat(tp.getByTestId("brief-agenda")).not().containsText("Private words.");
		assertThat(button(tp, "Print")).isVisible();
		List<String> problems = new ArrayList<>();
		ViewportSize before = tp.viewportSize();
		for (ViewportSize size : SIZES) {
			tp.setViewportSize(size.width, size.height);
			for (Rule rule : new AxeBuilder(tp).withTags(AccessibilityTest.TAGS).analyze().getViolations()) {
				problems.add("/sessions/{id}/brief @" + size.width + ": " + rule.getId() + " " + rule.getHelp() + " "
						+ rule.getNodes().stream().map((n) -> String.valueOf(n.getTarget())).toList());
			}
		}
		tp.setViewportSize(before.width, before.height);
		screenshots(tp, "brief");
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	/** A JSON POST on the page's own session (with its CSRF token); 201 expected. */
	private static APIResponse post(Page page, String path, String json) {
		String header = page.locator("meta[name=csrf-header]").getAttribute("content");
		String token = page.locator("meta[name=csrf-token]").getAttribute("content");
		APIResponse response = page.request()
			.post(path,
					RequestOptions.create()
						.setHeader("Content-Type", "application/json")
						.setHeader(header, token)
						.setData(json));
		assertThat(response.status()).as(path + " " + response.text()).isEqualTo(201);
		return response;
	}

	private static String id(APIResponse response) {
		Matcher matcher = ID.matcher(response.text());
		assertThat(matcher.find()).as(response.text()).isTrue();
		return matcher.group(1);
	}

}
