package org.between.accounts.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.between.support.WebTest;
import org.springframework.http.MediaType;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16 item 7: sign-up signs the person in (no second sign-in) and lands on the first
 * run, three lines on what Between is and is not; a client is offered, once and gently,
 * to write their safety plan on a calm day; "not now" is remembered. The client's home
 * has one main action and does not list its cards again.
 */
class FirstRunTests extends WebTest {

	private Cookie signUpOnThePage(String role, String email) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/signup").with(csrf())
				.with(fresh())
				.accept(MediaType.TEXT_HTML)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("role", role)
				.param("displayName", "Robin")
				.param("email", email)
				.param("password", PASSWORD)
				.param("timeZone", "Europe/Vienna")
				.param("adult", "true"))
			.andExpect(redirectedUrl("/welcome"))
			.andReturn();
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	@Test
	void signUpSignsInAndTheFirstRunExplainsItselfAndOffersThePlanOnce() throws Exception {
		String email = email();
		Cookie session = signUpOnThePage("CLIENT", email);
		String welcome = this.mvc.perform(get("/welcome").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(welcome).contains("Welcome, Robin.")
			.contains("data-testid=\"first-run-lines\"")
			.contains("Between is for the time between your sessions")
			.contains("It is not a crisis service")
			.contains("data-testid=\"plan-offer\"")
			.contains("href=\"/safety/edit\"");
		Matcher lines = Pattern.compile("<li>").matcher(welcome.substring(welcome.indexOf("first-run-lines")));
		int count = 0;
		while (lines.find() && count < 3) {
			count++;
		}
		assertThat(count).isEqualTo(3);
		// the home has the same offer, quietly, and one main action
		String home = this.mvc.perform(get("/").cookie(session)).andReturn().getResponse().getContentAsString();
		assertThat(home).contains("data-testid=\"plan-offer\"");
		assertThat(home.split("class=\"button primary\"", -1)).hasSize(2);
		assertThat(home).doesNotContain("<li><a href=\"/checkin\">").doesNotContain("<li><a href=\"/journal\">");
		// "Not now" is remembered: never offered again
		this.mvc.perform(post("/safety/offer/not-now").cookie(session).with(csrf())).andExpect(redirectedUrl("/"));
		assertThat(this.mvc.perform(get("/").cookie(session)).andReturn().getResponse().getContentAsString())
			.doesNotContain("data-testid=\"plan-offer\"");
		assertThat(this.mvc.perform(get("/welcome").cookie(session)).andReturn().getResponse().getContentAsString())
			.doesNotContain("data-testid=\"plan-offer\"");
		// the sign-in is in the person's own log
		String token = token(email);
		this.mvc.perform(get("/api/v1/me/access-log").with(bearer(token))).andExpect(status().isOk());
	}

	@Test
	void aWrittenPlanEndsTheOfferAndATherapistIsNotOfferedOne() throws Exception {
		Signed client = client();
		assertThat(page(client, "/")).contains("data-testid=\"plan-offer\"");
		this.mvc
			.perform(put("/api/v1/safety-plan").with(bearer(client.token()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(toJson(Map.of("warningSigns", java.util.List.of("Not sleeping")))))
			.andExpect(status().isOk());
		assertThat(page(client, "/")).doesNotContain("data-testid=\"plan-offer\"");
		assertThat(page(client, "/welcome")).doesNotContain("data-testid=\"plan-offer\"")
			.contains("data-testid=\"go-home\"");

		Cookie therapist = signUpOnThePage("THERAPIST", email());
		String welcome = this.mvc.perform(get("/welcome").cookie(therapist))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(welcome).contains("Between holds the frame between sessions")
			.doesNotContain("data-testid=\"plan-offer\"");
		this.mvc.perform(post("/safety/offer/not-now").cookie(therapist).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theFirstRunNeedsASignIn() throws Exception {
		this.mvc.perform(get("/welcome").with(fresh())).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/me").with(fresh())).andExpect(jsonPath("$.status").value(401));
	}

}
