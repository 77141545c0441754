package org.between.accounts.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.between.support.WebTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sign-up page asks the person to confirm that they are 18 or over (issue 10, point
 * 9); the API does not (API.md: nothing new is required of API clients).
 */
class SignUpPageTests extends WebTest {

	private static MockHttpServletRequestBuilder signUpForm(String email, String adult) {
		MockHttpServletRequestBuilder request = post("/signup").with(csrf())
			.with(fresh())
			.accept(MediaType.TEXT_HTML)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("role", "CLIENT")
			.param("displayName", "Robin")
			.param("email", email)
			.param("password", PASSWORD)
			.param("timeZone", "Europe/Vienna");
		return (adult != null) ? request.param("adult", adult) : request;
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "false" })
	void withoutTheAgeConfirmationTheFormComesBackWith400AndCreatesNothing(String adult) throws Exception {
		String email = email();
		String html = this.mvc.perform(signUpForm(email, adult.isEmpty() ? null : adult))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String text = HtmlUtils.htmlUnescape(html);
		assertThat(text).contains("Please confirm that you are 18 or older. Between is for adults.");
		// In the summary, linked to the box, and next to it; what was typed stays.
		assertThat(text).contains("href=\"#adult\"", "aria-invalid=\"true\"", "value=\"Robin\"", "value=\"" + email);
		assertThat(html).doesNotContain(PASSWORD);
		// Nothing was created: the address is still free.
		assertThat(this.jdbc.queryForObject("select count(*) from accounts_user where email = ?", Integer.class, email))
			.isZero();
	}

	@Test
	void withTheAgeConfirmationTheAccountIsCreated() throws Exception {
		String email = email();
		this.mvc.perform(signUpForm(email, "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/welcome"));
		assertThat(this.jdbc.queryForObject("select count(*) from accounts_user where email = ?", Integer.class, email))
			.isOne();
	}

	@Test
	void anotherMistakeKeepsTheTickedBoxTicked() throws Exception {
		String html = this.mvc.perform(signUpForm("not-an-address", "true"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).containsPattern("<input id=\"adult\"[^>]*checked");
	}

	@Test
	void theApiSignUpAsksForNoAgeField() throws Exception {
		String body = toJson(Map.of("email", email(), "password", PASSWORD, "displayName", "Robin", "role", "CLIENT",
				"timeZone", "Europe/Vienna"));
		this.mvc.perform(postJson("/api/v1/accounts", body).with(fresh())).andExpect(status().isCreated());
	}

}
