package org.between.accounts.web;

import org.junit.jupiter.api.Test;

import org.between.support.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The access log on {@code /account} (issue 16, 14): the therapist's reads in their own
 * list first, a page of 20 at a time; the person's own sign-ins folded by day.
 */
class AccessLogListsTests extends WebTest {

	@Test
	void theTherapistsReadsComeFirstInTheirOwnListAndOwnSignInsAreFolded() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		linkSharingEverything(therapist, client);
		for (int i = 0; i < 3; i++) {
			token(client.email());
		}
		this.mvc.perform(get("/clients/{id}/sessions", client.id()).with(signedIn(therapist)))
			.andExpect(status().isOk());

		String page = page(client, "/account");
		String others = between(page, "data-testid=\"access-others\"", "</ul>");
		String own = between(page, "data-testid=\"access-own\"", "</ul>");
		assertThat(page.indexOf("data-testid=\"access-others\""))
			.isLessThan(page.indexOf("data-testid=\"access-own\""));
		assertThat(others).contains("Your therapist looked at your sessions and times")
			.contains(therapist.account().displayName());
		assertThat(others).doesNotContain("Signed in");
		// client() signs in once for its token, then three more: one line, four times
		assertThat(own).contains("Signed in, 4 times").doesNotContain("Your therapist");
	}

	@Test
	void othersReadsArePagedTwentyAtATime() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		linkSharingEverything(therapist, client);
		for (int i = 0; i < AccountPage.ACCESS_LOG_ROWS + 1; i++) {
			this.mvc.perform(get("/clients/{id}/sessions", client.id()).with(signedIn(therapist)))
				.andExpect(status().isOk());
		}
		String first = page(client, "/account");
		assertThat(count(between(first, "data-testid=\"access-others\"", "</ul>"), "<li>"))
			.isEqualTo(AccountPage.ACCESS_LOG_ROWS);
		assertThat(first).contains("data-testid=\"access-older\"");
		String second = page(client, "/account?accessPage=1");
		assertThat(count(between(second, "data-testid=\"access-others\"", "</ul>"), "<li>")).isEqualTo(1);
		assertThat(second).doesNotContain("data-testid=\"access-older\"").contains("accessPage=0");
		// a page past the end says so kindly; a negative page is the first
		assertThat(page(client, "/account?accessPage=9")).contains("There is nothing older.");
		assertThat(page(client, "/account?accessPage=-3")).contains("data-testid=\"access-older\"");
	}

	@Test
	void aPageThatIsNotANumberIsNeverA500() throws Exception {
		Signed client = client();
		this.mvc.perform(get("/account").param("accessPage", "many").with(signedIn(client)))
			.andExpect(status().is4xxClientError());
	}

	private static String between(String page, String start, String end) {
		int from = page.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		return page.substring(from, page.indexOf(end, from));
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

}
