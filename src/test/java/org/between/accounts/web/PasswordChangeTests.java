package org.between.accounts.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.between.support.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code PUT /api/v1/me/password} and the form on {@code /account}: the current password
 * is needed, other sign-ins end, this one goes on, and a mail says so (issue 16, 12).
 */
class PasswordChangeTests extends WebTest {

	private static final String NEW_PASSWORD = "seven quiet herons at dusk";

	@Test
	void theApiChangesThePasswordEndsOtherTokensAndKeepsThisOne() throws Exception {
		Account account = signUp("CLIENT");
		String here = token(account.email());
		String elsewhere = token(account.email());
		this.mvc
			.perform(put("/api/v1/me/password").with(bearer(here))
				.contentType("application/json")
				.content(body(PASSWORD, NEW_PASSWORD)))
			.andExpect(status().isNoContent());

		this.mvc.perform(get("/api/v1/me").with(bearer(here))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/me").with(bearer(elsewhere))).andExpect(status().isUnauthorized());
		this.mvc.perform(postJson("/api/v1/auth/token", tokenBody(account.email(), PASSWORD, null)).with(fresh()))
			.andExpect(status().isUnauthorized());
		assertThat(token(account.email(), NEW_PASSWORD, null)).isNotBlank();
		assertThat(this.jdbc.queryForList("select subject from notify_outbox where recipient = ?", String.class,
				account.email()))
			.contains("Your Between password was changed");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where subject_id = ? and action = 'PASSWORD_CHANGED'", Integer.class,
				account.id()))
			.isEqualTo(1);
	}

	@Test
	void aWrongCurrentPasswordIs403AndChangesNothing() throws Exception {
		Account account = signUp("CLIENT");
		String here = token(account.email());
		String elsewhere = token(account.email());
		this.mvc
			.perform(put("/api/v1/me/password").with(bearer(here))
				.contentType("application/json")
				.content(body("not my password at all", NEW_PASSWORD)))
			.andExpect(problem(403));
		this.mvc.perform(get("/api/v1/me").with(bearer(elsewhere))).andExpect(status().isOk());
		assertThat(token(account.email(), PASSWORD, null)).isNotBlank();
	}

	@Test
	void aWeakNewPasswordIs400NamingTheFieldAndChangesNothing() throws Exception {
		Account account = signUp("CLIENT");
		String here = token(account.email());
		var result = this.mvc
			.perform(put("/api/v1/me/password").with(bearer(here))
				.contentType("application/json")
				.content(body(PASSWORD, "short")))
			.andExpect(problem(400))
			.andReturn();
		assertThat(errorFields(result)).containsExactly("newPassword");
		this.mvc.perform(put("/api/v1/me/password").with(bearer(here)).contentType("application/json").content("{}"))
			.andExpect(problem(400));
		assertThat(token(account.email(), PASSWORD, null)).isNotBlank();
	}

	@Test
	void signedOutIsRefused() throws Exception {
		this.mvc
			.perform(put("/api/v1/me/password").with(fresh())
				.contentType("application/json")
				.content(body(PASSWORD, NEW_PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theFormKeepsThisSessionAndEndsTheOtherOne() throws Exception {
		Account account = signUp("CLIENT");
		Cookie here = signInWithForm(account.email());
		Cookie elsewhere = signInWithForm(account.email());
		this.mvc
			.perform(post("/account/password").cookie(here)
				.with(csrf())
				.param("currentPassword", PASSWORD)
				.param("newPassword", NEW_PASSWORD))
			.andExpect(redirectedUrl("/account#password"));
		this.mvc.perform(get("/api/v1/me").cookie(here)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/me").cookie(elsewhere)).andExpect(status().isUnauthorized());
	}

	@Test
	void theFormSaysWhatIsWrongBesideTheFieldAndNeverEchoesAPassword() throws Exception {
		Account account = signUp("CLIENT");
		Cookie here = signInWithForm(account.email());
		String page = this.mvc
			.perform(post("/account/password").cookie(here)
				.with(csrf())
				.param("currentPassword", "my wrong guess here")
				.param("newPassword", NEW_PASSWORD))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("That is not your current password. Nothing was changed.")
			.contains("id=\"currentPassword-error\"")
			.doesNotContain("my wrong guess here")
			.doesNotContain(NEW_PASSWORD);
	}

	private Cookie signInWithForm(String email) throws Exception {
		return this.mvc
			.perform(post("/login").param("email", email).param("password", PASSWORD).with(csrf()).with(fresh()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private static String body(String current, String next) {
		return "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}";
	}

}
