package org.between.accounts.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.between.shared.web.UnsavedForms;
import org.between.shared.web.UnsavedForms.UnsavedForm;
import org.between.support.WebTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10, point 2: a form posted after the idle sign-out never ends in a 403. Risk
 * answers lead to the crisis lines of the form's country with "Sign in to save this" (the
 * real forward is pinned in {@code ContainerAnswersTests}); anything else leads to a kind
 * sign-in page and, after signing in, back to the form. The forms carry their country and
 * keep a draft per person; "Stay signed in" keeps the session.
 */
class ExpiredSignInTests extends WebTest {

	/** What a browser sends when the session behind its page has ended. */
	private static MockHttpServletRequestBuilder stalePost(String path) {
		return post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.accept(MediaType.TEXT_HTML)
			.param("_csrf", "token-of-an-ended-session")
			.with(fresh());
	}

	@ParameterizedTest
	@CsvSource({ "urge-SUICIDAL_THOUGHTS, 1, SUICIDAL_THOUGHTS", "urge-SUICIDAL_THOUGHTS, 5, SUICIDAL_THOUGHTS",
			"urge-SELF_HARM, 3, SELF_HARM" })
	void aCheckinWithAnUrgeAtItsThresholdGoesToTheCrisisScreen(String field, String value, String reason)
			throws Exception {
		MvcResult result = this.mvc
			.perform(stalePost("/checkin").param("mood", "2").param(field, value).param("country", "GB"))
			.andExpect(status().isOk())
			.andExpect(forwardedUrl(UnsavedForms.CRISIS_SCREEN))
			.andReturn();
		UnsavedForm form = (UnsavedForm) result.getRequest().getAttribute(UnsavedForms.ATTRIBUTE);
		assertThat(form.riskReasons()).containsExactly(reason);
		assertThat(form.page()).isEqualTo("/checkin");
	}

	@ParameterizedTest
	@CsvSource({ "SELF_HARM", "SUICIDAL_THOUGHTS" })
	void aCheckinThatActedOnAnUrgeToHurtGoesToTheCrisisScreenWithUrgesAtZero(String urge) throws Exception {
		MvcResult result = this.mvc
			.perform(stalePost("/checkin").param("actedOnUrge", "true").param("actedOnUrgeWhich", urge))
			.andExpect(forwardedUrl(UnsavedForms.CRISIS_SCREEN))
			.andReturn();
		assertThat(((UnsavedForm) result.getRequest().getAttribute(UnsavedForms.ATTRIBUTE)).riskReasons())
			.containsExactly("ACTED_ON_URGE");
	}

	@Test
	void aPhq9WithItem9AboveZeroGoesToTheCrisisScreen() throws Exception {
		MvcResult result = this.mvc.perform(stalePost("/measures/PHQ9/answer").param("q9", "2"))
			.andExpect(forwardedUrl(UnsavedForms.CRISIS_SCREEN))
			.andReturn();
		UnsavedForm form = (UnsavedForm) result.getRequest().getAttribute(UnsavedForms.ATTRIBUTE);
		assertThat(form.riskReasons()).containsExactly("PHQ9_ITEM_9");
		assertThat(form.page()).isEqualTo("/measures/PHQ9/answer");
	}

	@ParameterizedTest
	@CsvSource({ "/checkin, urge-SELF_HARM, 2, /checkin", "/checkin, urge-SUICIDAL_THOUGHTS, 0, /checkin",
			"/checkin, actedOnUrgeWhich, BINGE_PURGE, /checkin", "/measures/PHQ9/answer, q9, 0, /measures/PHQ9/answer",
			"/measures/GAD7/answer, q7, 3, /measures/GAD7/answer", "/safety, copingStrategies[0], a walk, /safety/edit",
			"/journal, body, some words, /journal/new" })
	void aFormWithoutARiskAnswerLeadsToAKindSignInAndBackToTheForm(String path, String field, String value, String page)
			throws Exception {
		MvcResult result = this.mvc.perform(stalePost(path).param(field, value).param("draftKept", "true"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?timedOut"))
			.andReturn();
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).as("a new session keeps where to go back to").isNotNull();
		this.mvc.perform(get("/login?timedOut").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You were signed out after a while without activity")))
			.andExpect(content().string(containsString("What you typed is kept on this device")))
			.andExpect(content().string(containsString("we will take you back to it")));
		Account client = signUp("CLIENT");
		this.mvc
			.perform(post("/login").cookie(session)
				.param("email", client.email())
				.param("password", PASSWORD)
				.with(SecurityMockMvcRequestPostProcessors.csrf())
				.with(fresh()))
			.andExpect(redirectedUrl(page));
	}

	@Test
	void withoutADraftOnTheDeviceTheSignInPageDoesNotPromiseOne() throws Exception {
		this.mvc.perform(stalePost("/checkin").param("mood", "5")).andExpect(redirectedUrl("/login?timedOut&notKept"));
		this.mvc.perform(get("/login?timedOut&notKept"))
			.andExpect(content().string(containsString("could not keep a copy")))
			.andExpect(content().string(not(containsString("kept on this device"))));
		this.mvc
			.perform(post(UnsavedForms.CRISIS_SCREEN)
				.requestAttr(UnsavedForms.ATTRIBUTE, new UnsavedForm("/checkin", java.util.List.of("SELF_HARM")))
				.accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("could not keep a copy")))
			.andExpect(content().string(not(containsString("kept on this device"))));
		this.mvc
			.perform(post(UnsavedForms.CRISIS_SCREEN)
				.requestAttr(UnsavedForms.ATTRIBUTE, new UnsavedForm("/checkin", java.util.List.of("SELF_HARM")))
				.param("draftKept", "true")
				.accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("It is kept on this device")));
	}

	@Test
	void signingInWithoutAnEndedFormStillGoesHome() throws Exception {
		Account client = signUp("CLIENT");
		this.mvc
			.perform(post("/login").param("email", client.email())
				.param("password", PASSWORD)
				.with(SecurityMockMvcRequestPostProcessors.csrf())
				.with(fresh()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aRequestMarkedAsHtmxIsAnsweredLikeAnyOtherNowThatNoPageUsesIt() throws Exception {
		this.mvc.perform(stalePost("/journal/00000000-0000-0000-0000-000000000000/flags").header("HX-Request", "true"))
			.andExpect(redirectedUrl("/login?timedOut"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.doesNotExist("HX-Redirect"));
	}

	@Test
	void signingOutAfterTheSessionEndedIsSimplySignedOut() throws Exception {
		this.mvc.perform(stalePost("/logout")).andExpect(redirectedUrl("/?signedOut"));
	}

	@Test
	void theSignInFormLeftOpenTooLongAsksAgainKindly() throws Exception {
		this.mvc.perform(stalePost("/login").param("email", "a@example.org").param("password", "x"))
			.andExpect(redirectedUrl("/login?timedOut"));
	}

	@Test
	void aFormFromAnEarlierSignInWhileSignedInAgainIsNeverA403WithARiskAnswer() throws Exception {
		Signed client = client();
		MvcResult result = this.mvc
			.perform(post("/checkin").with(signedIn(client))
				.with(SecurityMockMvcRequestPostProcessors.csrf().useInvalidToken())
				.param("urge-SUICIDAL_THOUGHTS", "3"))
			.andExpect(forwardedUrl(UnsavedForms.CRISIS_SCREEN))
			.andReturn();
		assertThat(result.getRequest().getAttribute(UnsavedForms.SIGNED_IN)).isEqualTo(true);
		// without a risk answer it is a 403 whose page says what happened
		MvcResult stale = this.mvc
			.perform(post("/checkin").with(signedIn(client))
				.with(SecurityMockMvcRequestPostProcessors.csrf().useInvalidToken())
				.param("mood", "5"))
			.andExpect(status().isForbidden())
			.andReturn();
		assertThat(stale.getRequest().getAttribute(UnsavedForms.STALE_FORM)).isEqualTo(true);
	}

	@Test
	void theCrisisScreenShowsTheLinesOfTheFormsCountryAndSignInToSaveThis() throws Exception {
		this.mvc
			.perform(post(UnsavedForms.CRISIS_SCREEN)
				.requestAttr(UnsavedForms.ATTRIBUTE, new UnsavedForm("/checkin", java.util.List.of("SELF_HARM")))
				.param("country", "AT")
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("TelefonSeelsorge")))
			.andExpect(content().string(containsString("tel:142")))
			.andExpect(content().string(containsString("You told us you have urges to hurt yourself")))
			.andExpect(content().string(containsString("Sign in to save this")))
			.andExpect(content().string(containsString("href=\"/login\"")))
			// no inline script: only the offline helper's static file (issue 19), which
			// the
			// page does not need to work
			.andExpect(content().string(not(org.hamcrest.Matchers.matchesPattern("(?s).*<script(?![^>]*\\bsrc=).*"))))
			.andExpect(content().string(not(containsString("not available to your account"))));
	}

	@Test
	void theCrisisScreenFallsBackWhenTheCountryIsUnknownOrMissing() throws Exception {
		for (String country : new String[] { "ZZ", "", "<b>" }) {
			this.mvc
				.perform(post(UnsavedForms.CRISIS_SCREEN)
					.requestAttr(UnsavedForms.ATTRIBUTE,
							new UnsavedForm("/checkin", java.util.List.of("SUICIDAL_THOUGHTS")))
					.param("country", country)
					.header("Accept-Language", "fr")
					.accept(MediaType.TEXT_HTML))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("local emergency number")))
				.andExpect(content().string(containsString("data-testid=\"crisis-fallback\"")))
				.andExpect(content().string(containsString("href=\"tel:112\"")))
				.andExpect(content().string(containsString("https://findahelpline.com")))
				.andExpect(content().string(containsString("Sign in to save this")));
		}
	}

	@Test
	void theCrisisScreenAskedForDirectlyIsTheCrisisPage() throws Exception {
		this.mvc.perform(get(UnsavedForms.CRISIS_SCREEN)).andExpect(redirectedUrl("/crisis"));
		this.mvc.perform(post(UnsavedForms.CRISIS_SCREEN).param("urge-SELF_HARM", "5"))
			.andExpect(redirectedUrl("/crisis"));
	}

	@Test
	void theRiskFormsCarryTheClientsCountryAndAPersonalDraft() throws Exception {
		Signed client = client();
		// signed up with the time zone Europe/Vienna
		this.mvc.perform(get("/checkin").with(signedIn(client)))
			.andExpect(content().string(containsString("<input type=\"hidden\" name=\"country\" value=\"AT\">")))
			.andExpect(
					content().string(containsString("data-draft-key=\"between.draft." + client.id() + ".checkin\"")));
		this.mvc.perform(get("/measures/PHQ9/answer").with(signedIn(client)))
			.andExpect(content().string(containsString("<input type=\"hidden\" name=\"country\" value=\"AT\">")))
			.andExpect(content()
				.string(containsString("data-draft-key=\"between.draft." + client.id() + ".measure.PHQ9\"")));
		this.mvc.perform(get("/safety/edit").with(signedIn(client)))
			.andExpect(content()
				.string(containsString("data-draft-key=\"between.draft." + client.id() + ".safety-plan\"")));
	}

	@Test
	void aSavedFormClearsItsDraftOnTheNextPage() throws Exception {
		Signed client = client();
		MvcResult saved = this.mvc
			.perform(post("/checkin").with(signedIn(client)).param("mood", "6").param("distress", "3"))
			.andExpect(status().isFound())
			.andReturn();
		this.mvc
			.perform(get(saved.getResponse().getRedirectedUrl()).with(signedIn(client))
				.cookie(saved.getResponse().getCookie("SESSION")))
			.andExpect(
					content().string(containsString("data-draft-clear=\"between.draft." + client.id() + ".checkin\"")));
		MvcResult risk = this.mvc
			.perform(post("/checkin").with(signedIn(client))
				.param("mood", "2")
				.param("distress", "8")
				.param("urge-SUICIDAL_THOUGHTS", "2"))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(risk.getResponse().getRedirectedUrl()).startsWith("/safety/now");
		assertThat(risk.getFlashMap().get("savedDraft")).isEqualTo("checkin");
	}

	@Test
	void signedInPagesTellTheirScriptWhenTheSignInEndsAndSignOutClearsEveryDraft() throws Exception {
		Signed client = client();
		this.mvc.perform(get("/").with(signedIn(client)))
			.andExpect(content().string(containsString("<meta name=\"session-idle\" content=\"1800\">")))
			.andExpect(content().string(containsString("<meta name=\"session-idle-warning\" content=\"120\">")))
			.andExpect(content().string(containsString("data-idle-warning")))
			.andExpect(content().string(containsString("Stay signed in")))
			.andExpect(content().string(containsString("/js/drafts.js")))
			.andExpect(content().string(containsString("data-clear-drafts=\"between.journal.draft. between.draft.\"")));
		this.mvc.perform(get("/login"))
			.andExpect(content().string(not(containsString("session-idle"))))
			.andExpect(content().string(not(containsString("data-idle-warning"))));
	}

	@Test
	void stayingSignedInIsASmallSignedInPostWithCsrf() throws Exception {
		Signed client = client();
		this.mvc.perform(post("/session/keep-alive").with(signedIn(client))).andExpect(status().isNoContent());
		this.mvc
			.perform(post("/session/keep-alive").with(signedIn(client))
				.with(SecurityMockMvcRequestPostProcessors.csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
		this.mvc.perform(stalePost("/session/keep-alive")).andExpect(redirectedUrl("/login?timedOut"));
	}

	@Test
	void theErrorPagesSpeakKindlyAndOfferHelp() throws Exception {
		Signed client = client();
		this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/checkin"))
			.andExpect(content().string(containsString("You were signed out")))
			.andExpect(content().string(not(containsString("not available to your account"))))
			.andExpect(content().string(containsString("Get help now")));
		this.mvc
			.perform(get("/error").with(signedIn(client))
				.accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
				.requestAttr(UnsavedForms.STALE_FORM, true)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/checkin"))
			.andExpect(content().string(containsString("opened before you last signed in")));
		this.mvc
			.perform(get("/error").with(signedIn(client))
				.accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/clients"))
			.andExpect(content().string(not(containsString("not available to your account"))))
			.andExpect(content().string(containsString("Your own pages are on the home page")));
		this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/nothing"))
			.andExpect(content().string(containsString("We could not find that page")))
			.andExpect(content().string(containsString("href=\"/crisis\"")));
		this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/checkin"))
			.andExpect(content().string(containsString("Something went wrong on our side")))
			.andExpect(content().string(not(containsString("What you wrote before is safe"))))
			.andExpect(content().string(containsString("Get help now")));
	}

}
