package org.between.accounts.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.between.support.WebTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The sign-in form, the session cookie, and CSRF on API calls that ride on it. */
class SessionAndCsrfTests extends WebTest {

	/** Signs in with the form and answers the SESSION cookie. */
	private Cookie signInWithForm(String email) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").param("email", email).param("password", PASSWORD).with(csrf()).with(fresh()))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).as("SESSION cookie").isNotNull();
		return session;
	}

	@Test
	void sessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
		Account account = signUp("CLIENT");
		MvcResult result = this.mvc.perform(
				post("/login").param("email", account.email()).param("password", PASSWORD).with(csrf()).with(fresh()))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		String setCookie = result.getResponse()
			.getHeaders(HttpHeaders.SET_COOKIE)
			.stream()
			.filter((c) -> c.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no SESSION cookie"));
		assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
		assertThat(setCookie).contains("Path=/");
	}

	@Test
	void sessionCookieIsSecureOverHttps() throws Exception {
		Account account = signUp("CLIENT");
		MvcResult result = this.mvc
			.perform(post("/login").secure(true)
				.param("email", account.email())
				.param("password", PASSWORD)
				.with(csrf())
				.with(fresh()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
			.anySatisfy((c) -> assertThat(c).startsWith("SESSION=").containsIgnoringCase("Secure"));
	}

	@Test
	void formSignInWithoutCsrfIsRefused() throws Exception {
		Account account = signUp("CLIENT");
		// Not signed in: back to the sign-in page, kindly (a sign-in page left open too
		// long looks the same), never a bare 403 (issue 10, point 2).
		this.mvc.perform(post("/login").param("email", account.email()).param("password", PASSWORD).with(fresh()))
			.andExpect(redirectedUrl("/login?timedOut"));
	}

	@Test
	void wrongPasswordOnTheFormRedirectsToError() throws Exception {
		Account account = signUp("CLIENT");
		this.mvc
			.perform(post("/login").param("email", account.email())
				.param("password", "not the password")
				.with(csrf())
				.with(fresh()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aWrongPasswordKeepsTheTypedEmailInTheFormOnce() throws Exception {
		Account account = signUp("CLIENT");
		MvcResult failed = this.mvc
			.perform(post("/login").param("email", account.email())
				.param("password", "not the password")
				.with(csrf())
				.with(fresh()))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		Cookie session = failed.getResponse().getCookie("SESSION");
		String page = this.mvc.perform(get("/login").param("error", "").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"" + account.email() + "\"");
		// shown once: a later visit starts empty, and the address never goes into the URL
		String again = this.mvc.perform(get("/login").cookie(session)).andReturn().getResponse().getContentAsString();
		assertThat(again).doesNotContain(account.email());
		assertThat(failed.getResponse().getRedirectedUrl()).doesNotContain("@");
	}

	@Test
	void sessionWorksForApiReadsButChangesNeedTheCsrfToken() throws Exception {
		Account account = signUp("CLIENT");
		Cookie session = signInWithForm(account.email());
		this.mvc.perform(get("/api/v1/me").cookie(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(account.id().toString()));
		// a change riding on the cookie alone, as another site could send it
		this.mvc.perform(post("/api/v1/me/totp").cookie(session)).andExpect(problem(403));
		this.mvc.perform(postJson("/api/v1/invitations/AAAAA-AAAAA/accept", "").cookie(session))
			.andExpect(problem(403));
		this.mvc.perform(get("/api/v1/me").cookie(session)).andExpect(jsonPath("$.totpEnabled").value(false));
		// with the CSRF token it works
		this.mvc.perform(post("/api/v1/me/totp").cookie(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.secret").isString());
	}

	@Test
	void bearerTokenNeedsNoCsrfToken() throws Exception {
		Signed user = client();
		this.mvc.perform(post("/api/v1/me/totp").with(bearer(user.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.otpauthUri").isString());
	}

	@Test
	void bearerRequestsGetNoSessionCookie() throws Exception {
		Signed user = client();
		MvcResult result = this.mvc.perform(get("/api/v1/me").with(bearer(user.token()))).andReturn();
		assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
	}

	@Test
	void signOutEndsTheSession() throws Exception {
		Account account = signUp("CLIENT");
		Cookie session = signInWithForm(account.email());
		this.mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/me").cookie(session)).andExpect(problem(401));
	}

	@Test
	void passwordResetEndsExistingSessions() throws Exception {
		Account account = signUp("CLIENT");
		Cookie session = signInWithForm(account.email());
		this.mvc
			.perform(postJson("/api/v1/auth/password-reset", toJson(java.util.Map.of("email", account.email())))
				.with(fresh()))
			.andExpect(status().isAccepted());
		String body = this.jdbc.queryForObject(
				"select body from notify_outbox where recipient = ? order by created_at desc limit 1", String.class,
				account.email());
		var matcher = java.util.regex.Pattern.compile("/password-reset/([A-Za-z0-9_-]+)").matcher(body);
		assertThat(matcher.find()).isTrue();
		this.mvc
			.perform(postJson("/api/v1/auth/password-reset/confirm",
					toJson(java.util.Map.of("token", matcher.group(1), "password", "another long new secret")))
				.with(fresh()))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/me").cookie(session)).andExpect(problem(401));
	}

}
