package org.between.shared.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.between.support.WebTest;
import org.springframework.http.HttpHeaders;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 10, point 12: a content type a JSON endpoint does not take is a 415 problem, a
 * content type that cannot be read at all a 400 or 415, and never a 500, also on the
 * public sign-up.
 */
class UnsupportedContentTypeTests extends WebTest {

	private static final String SIGN_UP = "{\"email\":\"a@example.org\",\"password\":\"violet tractor under 7 moons\","
			+ "\"displayName\":\"A\",\"role\":\"CLIENT\",\"timeZone\":\"Europe/Vienna\"}";

	@ParameterizedTest
	@ValueSource(strings = { "*/*", "text/plain", "application/xml", "text/*", "application/octet-stream",
			"multipart/form-data; boundary=x", "application/*" })
	void aContentTypeTheSignUpDoesNotTakeIs415(String type) throws Exception {
		this.mvc.perform(post("/api/v1/accounts").with(fresh()).header(HttpHeaders.CONTENT_TYPE, type).content(SIGN_UP))
			.andExpect(problem(415));
	}

	@ParameterizedTest
	@ValueSource(strings = { "*/*", "text/plain", "application/xml" })
	void aContentTypeASignedInEndpointDoesNotTakeIs415(String type) throws Exception {
		Signed client = client();
		this.mvc
			.perform(post("/api/v1/journal").with(bearer(client.token()))
				.header(HttpHeaders.CONTENT_TYPE, type)
				.content("{\"body\":\"a few words\"}"))
			.andExpect(problem(415));
		this.mvc
			.perform(post("/api/v1/checkins").with(bearer(client.token()))
				.header(HttpHeaders.CONTENT_TYPE, type)
				.content("{\"mood\":5,\"distress\":5}"))
			.andExpect(problem(415));
	}

	@ParameterizedTest
	@ValueSource(strings = { "json", "application/", "/json", "a/b/c", ";;;", "application/json; charset=nonsense-42" })
	void aMalformedContentTypeIsAClientErrorNeverA500(String type) throws Exception {
		this.mvc.perform(post("/api/v1/accounts").with(fresh()).header(HttpHeaders.CONTENT_TYPE, type).content(SIGN_UP))
			.andExpect((result) -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus())
				.isIn(400, 415))
			.andExpect(problem(415));
	}

}
