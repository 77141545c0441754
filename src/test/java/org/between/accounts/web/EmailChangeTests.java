package org.between.accounts.web;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.between.support.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changing the e-mail address: asked with the password, done by the link sent to the new
 * address, the old one told, other sign-ins ended (issue 16, 12).
 */
class EmailChangeTests extends WebTest {

	private static final Pattern LINK = Pattern.compile("/email-change/([A-Za-z0-9_-]+)");

	@Test
	void theAddressChangesOnlyWhenTheLinkSentToItIsUsed() throws Exception {
		Account account = signUp("CLIENT");
		String here = token(account.email());
		String elsewhere = token(account.email());
		String newEmail = email();
		ask(here, newEmail, PASSWORD).andExpect(status().isAccepted());
		this.mvc.perform(get("/api/v1/me").with(bearer(here))).andExpect(jsonPath("$.email").value(account.email()));

		String token = linkSentTo(newEmail);
		confirm(token).andExpect(status().isNoContent());

		this.mvc.perform(get("/api/v1/me").with(bearer(here))).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/me").with(bearer(elsewhere))).andExpect(status().isUnauthorized());
		this.mvc.perform(postJson("/api/v1/auth/token", tokenBody(account.email(), PASSWORD, null)).with(fresh()))
			.andExpect(status().isUnauthorized());
		String fresh = token(newEmail);
		this.mvc.perform(get("/api/v1/me").with(bearer(fresh))).andExpect(jsonPath("$.email").value(newEmail));
		assertThat(subjectsTo(account.email())).contains("Your Between address was changed");
		assertThat(this.jdbc.queryForList("select action from audit_log where subject_id = ? order by seq",
				String.class, account.id()))
			.containsSubsequence("EMAIL_CHANGE_REQUESTED", "EMAIL_CHANGED");
		// used once
		confirm(token).andExpect(problem(404));
	}

	@Test
	void aWrongPasswordIs403AndSendsNothing() throws Exception {
		Account account = signUp("CLIENT");
		String newEmail = email();
		ask(token(account.email()), newEmail, "not the password at all").andExpect(problem(403));
		assertThat(subjectsTo(newEmail)).isEmpty();
	}

	@Test
	void anAddressThatHasAnAccountIs409() throws Exception {
		Account account = signUp("CLIENT");
		Account other = signUp("CLIENT");
		ask(token(account.email()), other.email(), PASSWORD).andExpect(problem(409));
		ask(token(account.email()), account.email(), PASSWORD).andExpect(problem(409));
	}

	@Test
	void notAnAddressIs400() throws Exception {
		Account account = signUp("CLIENT");
		ask(token(account.email()), "not-an-address", PASSWORD).andExpect(problem(400));
	}

	@Test
	void theLinkWorksFor24Hours() throws Exception {
		Account account = signUp("CLIENT");
		String newEmail = email();
		ask(token(account.email()), newEmail, PASSWORD).andExpect(status().isAccepted());
		String token = linkSentTo(newEmail);
		this.clock.advance(Duration.ofHours(24));
		try {
			confirm(token).andExpect(problem(404));
		}
		finally {
			this.clock.advance(Duration.ofHours(-24));
		}
		this.mvc.perform(postJson("/api/v1/auth/token", tokenBody(account.email(), PASSWORD, null)).with(fresh()))
			.andExpect(status().isOk());
	}

	@Test
	void thePageAsksBeforeItChangesAnything() throws Exception {
		Signed client = client();
		String newEmail = email();
		this.mvc
			.perform(post("/account/email").with(signedIn(client)).param("email", newEmail).param("password", PASSWORD))
			.andExpect(redirectedUrl("/account#email"));
		String token = linkSentTo(newEmail);
		// opening the link (as a mail program checking it would) changes nothing
		String page = this.mvc.perform(get("/email-change/{t}", token).with(fresh()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Sign in with " + newEmail + " from now on?");
		this.mvc.perform(postJson("/api/v1/auth/token", tokenBody(client.email(), PASSWORD, null)).with(fresh()))
			.andExpect(status().isOk());
		String done = this.mvc.perform(post("/email-change/{t}", token).with(csrf()).with(fresh()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(done).contains("data-testid=\"email-changed\"");
		assertThat(token(newEmail)).isNotBlank();
	}

	@Test
	void theFormNamesTheWrongPasswordBesideItsField() throws Exception {
		Signed client = client();
		String page = this.mvc
			.perform(post("/account/email").with(signedIn(client))
				.param("email", email())
				.param("password", "a wrong password typed"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"password-error\"")
			.contains("That is not your password. Nothing was changed.")
			.doesNotContain("a wrong password typed");
	}

	private org.springframework.test.web.servlet.ResultActions ask(String token, String email, String password)
			throws Exception {
		return this.mvc.perform(put("/api/v1/me/email").with(bearer(token))
			.contentType("application/json")
			.content("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"));
	}

	private org.springframework.test.web.servlet.ResultActions confirm(String token) throws Exception {
		return this.mvc
			.perform(postJson("/api/v1/auth/email-change/confirm", "{\"token\":\"" + token + "\"}").with(fresh()));
	}

	private String linkSentTo(String email) {
		String body = this.jdbc.queryForObject("select body from notify_outbox where recipient = ?", String.class,
				email);
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as("a confirmation link in: " + body).isTrue();
		return link.group(1);
	}

	private java.util.List<String> subjectsTo(String email) {
		return this.jdbc.queryForList("select subject from notify_outbox where recipient = ?", String.class, email);
	}

}
