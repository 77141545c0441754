package org.between.accounts.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.between.support.WebTest;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * {@code /login/second-factor}, the code step after a right password (issue 11 moved its
 * controller into accounts/web): a wrong code shows the form again, a right one signs in,
 * and without a pending sign-in the step sends back to the sign-in form.
 */
class SecondFactorPageTests extends WebTest {

	@Test
	void aRightPasswordLeadsToTheCodeStepAndARightCodeSignsIn() throws Exception {
		Signed therapist = therapistWithTotp();
		Cookie session = password(therapist);

		this.mvc.perform(get("/login/second-factor").cookie(session).with(fresh()))
			.andExpect(status().isOk())
			.andExpect(view().name("accounts/second-factor"));
		this.mvc
			.perform(post("/login/second-factor").cookie(session)
				.param("code", "000000".equals(code(therapist.totpSecret())) ? "111111" : "000000")
				.with(csrf())
				.with(fresh()))
			.andExpect(status().isOk())
			.andExpect(view().name("accounts/second-factor"))
			.andExpect(model().attribute("wrongCode", true));
		MvcResult signedIn = this.mvc
			.perform(post("/login/second-factor").cookie(session)
				.param("code", code(therapist.totpSecret()))
				.with(csrf())
				.with(fresh()))
			.andExpect(redirectedUrl("/"))
			.andReturn();

		Cookie renewed = signedIn.getResponse().getCookie("SESSION");
		assertThat(renewed).as("a new session id against fixation").isNotNull();
		assertThat(renewed.getValue()).isNotEqualTo(session.getValue());
		this.mvc.perform(get("/").cookie(renewed).with(fresh()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString(therapist.account().displayName())));
		this.mvc.perform(get("/login/second-factor").cookie(renewed).with(fresh()))
			.andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void withoutAPendingSignInTheCodeStepSendsBackToTheSignInForm() throws Exception {
		this.mvc.perform(get("/login/second-factor").with(fresh())).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(post("/login/second-factor").param("code", "123456").with(csrf()).with(fresh()))
			.andExpect(redirectedUrl("/login?expired"));
	}

	/**
	 * The sign-in form with the right password; answers the session waiting for the code.
	 */
	private Cookie password(Signed person) throws Exception {
		MvcResult result = this.mvc.perform(
				post("/login").param("email", person.email()).param("password", PASSWORD).with(csrf()).with(fresh()))
			.andExpect(redirectedUrl("/login/second-factor"))
			.andReturn();
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).as("SESSION cookie").isNotNull();
		return session;
	}

}
