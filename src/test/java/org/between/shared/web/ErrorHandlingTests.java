package org.between.shared.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.between.support.WebTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The generic error answers of API.md "Conventions". */
class ErrorHandlingTests extends WebTest {

	@Test
	void unauthenticatedApiIs401WithBearerChallengeAndNoCookie() throws Exception {
		MvcResult result = this.mvc.perform(get("/api/v1/me").accept(MediaType.APPLICATION_JSON))
			.andExpect(problem(401))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
			.andReturn();
		assertThat(result.getResponse().getCookies()).isEmpty();
		// also for a browser-like Accept: the API never redirects to the sign-in page
		this.mvc.perform(get("/api/v1/me").accept(MediaType.TEXT_HTML))
			.andExpect(problem(401))
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
	}

	@Test
	void wrongMethodIs405() throws Exception {
		Signed user = client();
		this.mvc.perform(delete("/api/v1/me/access-log").with(bearer(user.token())))
			.andExpect(problem(405))
			.andExpect(header().exists(HttpHeaders.ALLOW));
		this.mvc
			.perform(put("/api/v1/auth/token").with(bearer(user.token()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(problem(405));
	}

	@Test
	void wrongContentTypeIs415() throws Exception {
		this.mvc.perform(
				post("/api/v1/accounts").with(fresh()).contentType(MediaType.TEXT_PLAIN).content("email=a@example.org"))
			.andExpect(problem(415));
		this.mvc
			.perform(post("/api/v1/auth/token").with(fresh())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("email", "a@example.org")
				.param("password", "whatever whatever"))
			.andExpect(problem(415));
		this.mvc.perform(post("/api/v1/auth/token").with(fresh()).content("{}")).andExpect(problem(415));
	}

	@Test
	void unknownApiPathIs404() throws Exception {
		Signed user = client();
		this.mvc.perform(get("/api/v1/no-such-thing").with(bearer(user.token())).accept(MediaType.APPLICATION_JSON))
			.andExpect(problem(404));
		this.mvc.perform(get("/api/v2/me").with(bearer(user.token()))).andExpect(problem(404));
		this.mvc.perform(get("/api/v1/no-such-thing").with(bearer(user.token())).accept(MediaType.TEXT_HTML))
			.andExpect(problem(404));
	}

	private static String bigJson() {
		return "{\"email\":\"" + "a".repeat(70 * 1024) + "@example.org\",\"password\":\"x\"}";
	}

	@Test
	void bodyOver64KiBIs413WithContentLength() throws Exception {
		this.mvc.perform(postJson("/api/v1/accounts", bigJson()).with(fresh()))
			.andExpect(problem(413))
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
		this.mvc.perform(postJson("/api/v1/auth/token", bigJson()).with(fresh())).andExpect(problem(413));
	}

	@Test
	void bodyOver64KiBIs413WhenStreamedWithoutLength() throws Exception {
		this.mvc.perform(postJson("/api/v1/accounts", bigJson()).with(fresh()).with(withoutLength()))
			.andExpect(problem(413));
	}

	@Test
	void bodyJustUnder64KiBIsRead() throws Exception {
		String body = "{\"email\":\"" + "a".repeat(63 * 1024) + "\",\"password\":\"x\"}";
		assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThan(64 * 1024);
		this.mvc.perform(postJson("/api/v1/auth/token", body).with(fresh()).with(withoutLength()))
			.andExpect(problem(400));
	}

	/** The same request, but the body arrives as a stream of unknown length (chunked). */
	private static RequestPostProcessor withoutLength() {
		return (original) -> {
			MockHttpServletRequest chunked = new MockHttpServletRequest(original.getServletContext(),
					original.getMethod(), original.getRequestURI()) {

				@Override
				public int getContentLength() {
					return -1;
				}

				@Override
				public long getContentLengthLong() {
					return -1;
				}

			};
			chunked.setContent(original.getContentAsByteArray());
			chunked.setContentType(original.getContentType());
			chunked.addHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
			chunked.addHeader("Transfer-Encoding", "chunked");
			chunked.setRemoteAddr(original.getRemoteAddr());
			chunked.setServletPath(original.getServletPath());
			chunked.setPathInfo(original.getPathInfo());
			return chunked;
		};
	}

	@Test
	void unknownPageIs404ForASignedInPerson() throws Exception {
		Signed user = client();
		this.mvc
			.perform(get("/no-such-page").accept(MediaType.TEXT_HTML)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.authentication(authenticationOf(user))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/crisis/no-such-page").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}

	/**
	 * MockMvc does not forward {@code sendError} to {@code /error} as a servlet container
	 * does; this is that forward, for a page and for the API.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 403, 404, 405, 413, 429, 500 })
	void errorPageIsFriendlyAndHasTheHelpLink(int status) throws Exception {
		MvcResult result = this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page"))
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn();
		String html = result.getResponse().getContentAsString();
		assertThat(html).containsPattern("<a[^>]*href=\"/crisis\"[^>]*>Get help now</a>")
			.doesNotContain("Exception", "Whitelabel", "/no-such-page");
		if (status == 404) {
			assertThat(html).contains("We could not find that page");
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401, 404, 405, 413, 500 })
	void errorForTheApiIsProblemJson(int status) throws Exception {
		this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/me"))
			.andExpect(problem(status));
	}

	@Test
	void signedOutUnknownPageLeadsToSignIn() throws Exception {
		this.mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
	}

	@Test
	void problemBodiesCarryTypeAndTitle() throws Exception {
		this.mvc.perform(postJson("/api/v1/accounts", "{").with(fresh()))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.type").value("about:blank"))
			.andExpect(jsonPath("$.title").value("Bad Request"))
			.andExpect(jsonPath("$.errors[0].field").value("body"))
			.andExpect(jsonPath("$.errors[0].message").isString());
	}

	private static org.springframework.security.core.Authentication authenticationOf(Signed user) {
		var principal = new org.between.accounts.CurrentUser(user.id(), org.between.accounts.Role.CLIENT,
				user.account().displayName(), java.time.ZoneId.of("Europe/Vienna"), java.util.Locale.ENGLISH, false);
		return org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(principal,
				null, java.util.List
					.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_CLIENT")));
	}

}
