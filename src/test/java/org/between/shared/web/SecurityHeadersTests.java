package org.between.shared.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.between.support.WebTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The protective headers on every page and API answer. */
class SecurityHeadersTests extends WebTest {

	private static void assertProtective(MvcResult result) {
		var response = result.getResponse();
		String csp = response.getHeader("Content-Security-Policy");
		assertThat(csp).as("Content-Security-Policy").isNotNull().doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(csp).contains("default-src 'self'", "script-src 'self'");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat("DENY".equals(response.getHeader("X-Frame-Options")) || csp.contains("frame-ancestors 'none'"))
			.as("framing forbidden")
			.isTrue();
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).as("Cache-Control").contains("no-store");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/login", "/signup", "/crisis", "/password-reset" })
	void pagesCarryProtectiveHeaders(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Strict-Transport-Security"))
			.andReturn();
		assertProtective(result);
		assertThat(result.getResponse().getContentAsString())
			.containsPattern("<a[^>]*href=\"/crisis\"[^>]*>Get help now</a>")
			.doesNotContainPattern("<script(?![^>]*src=)[^>]*>")
			.doesNotContain(" style=\"", " onclick=");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/login", "/signup", "/crisis" })
	void httpsPagesCarryStrictTransportSecurity(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).secure(true).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn();
		assertProtective(result);
		assertThat(result.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=31536000",
				"includeSubDomains");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/me", "/api/v1/crisis-lines?country=GB", "/api/v1/no-such-thing" })
	void apiAnswersCarryProtectiveHeaders(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).secure(true)).andReturn();
		assertProtective(result);
		assertThat(result.getResponse().getHeader("Strict-Transport-Security")).isNotNull();
	}

}
