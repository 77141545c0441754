package org.between.accounts.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.between.accounts.ClientLinks.NewInvitation;
import org.between.support.WebTest;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /colleagues} and {@code /colleagues/join/{code}}: the list, the code and its
 * link, accepting by form, removing; clients get 403 and a therapist without a second
 * factor is sent to set it up.
 */
class ColleaguesPagesTests extends WebTest {

	/** Creates a code on the page; answers the page as shown after the redirect. */
	String createCode(Signed therapist) throws Exception {
		MvcResult created = this.mvc.perform(post("/colleagues/invitations").with(signedIn(therapist)))
			.andExpect(redirectedUrl("/colleagues#invite"))
			.andExpect(flash().attributeExists("invitation"))
			.andReturn();
		return next(therapist, created);
	}

	/**
	 * The page after a redirect: the flash attributes live in the (JDBC) session, so
	 * follow its cookie.
	 */
	String next(Signed person, MvcResult redirect) throws Exception {
		Cookie session = redirect.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		return this.mvc.perform(get("/colleagues").with(signedIn(person)).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static String code(MvcResult created) {
		return ((NewInvitation) created.getFlashMap().get("invitation")).code();
	}

	@Test
	void theEmptyPageSaysWhatColleaguesAreForAndHomeAndTheHeaderLinkIt() throws Exception {
		Signed ana = therapistWithTotp();
		String html = page(ana, "/colleagues");
		assertThat(html)
			.contains("Colleagues who may cover", "No colleagues yet",
					"sees only what a client chooses to share with them, and only during the absence",
					"Create a colleague code", "Enter a colleague&#39;s code")
			.doesNotContain("??");
		assertThat(page(ana, "/")).contains("href=\"/colleagues\"", "Colleagues who may cover");
	}

	@Test
	void theCodeAndItsLinkAreShownOnceAndTheLinkOpensAFilledInForm() throws Exception {
		Signed ana = therapistWithTotp();
		String html = createCode(ana);
		assertThat(html).contains("data-testid=\"colleague-code\"", "http://localhost:8080/colleagues/join/",
				"It can be used once, until");
		String code = html.replaceAll("(?s).*data-testid=\"colleague-code\">([A-Z0-9-]+)<.*", "$1");
		assertThat(code).matches("[A-Z0-9]{5}-[A-Z0-9]{5}");

		Signed ben = therapistWithTotp();
		assertThat(page(ben, "/colleagues/join/" + code)).contains("value=\"" + code + "\"", "Become colleagues");
	}

	@Test
	void acceptingByFormMakesBothColleaguesAndRemovingTakesOneOff() throws Exception {
		Signed ana = therapistWithTotp();
		Signed ben = therapistWithTotp();
		MvcResult created = this.mvc.perform(post("/colleagues/invitations").with(signedIn(ana))).andReturn();

		MvcResult joined = this.mvc
			.perform(post("/colleagues/join").with(signedIn(ben)).with(fresh()).param("code", code(created)))
			.andExpect(redirectedUrl("/colleagues"))
			.andExpect(flash().attribute("joined", ana.account().displayName()))
			.andReturn();
		assertThat(next(ben, joined)).contains("You and " + ana.account().displayName() + " are colleagues",
				"Remove " + ana.account().displayName() + " from your colleagues");
		assertThat(page(ana, "/colleagues")).contains(ben.account().displayName(), "since ");

		MvcResult removed = this.mvc.perform(post("/colleagues/{id}/remove", ben.id()).with(signedIn(ana)))
			.andExpect(redirectedUrl("/colleagues"))
			.andReturn();
		assertThat(next(ana, removed)).contains("is no longer on your list", "No colleagues yet");
		assertThat(page(ben, "/colleagues")).contains(ana.account().displayName());
		this.mvc.perform(post("/colleagues/{id}/remove", ben.id()).with(signedIn(ana)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aWrongCodeIsShownAtTheFieldAndNothingChanges() throws Exception {
		Signed ben = therapistWithTotp();
		this.mvc.perform(post("/colleagues/join").with(signedIn(ben)).with(fresh()).param("code", "ABCDE-FGHJK"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"error-summary\"")))
			.andExpect(content().string(containsString("That code did not work")))
			.andExpect(content().string(containsString("value=\"ABCDE-FGHJK\"")));
		this.mvc.perform(post("/colleagues/join").with(signedIn(ben)).with(fresh()).param("code", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"error-summary\"")));
		assertThat(page(ben, "/colleagues")).contains("No colleagues yet");
	}

	@Test
	void clientsAreRefusedAndATherapistWithoutASecondFactorIsSentToSetItUp() throws Exception {
		Signed client = client();
		this.mvc.perform(get("/colleagues").with(signedIn(client))).andExpect(status().isForbidden());
		this.mvc.perform(post("/colleagues/invitations").with(signedIn(client))).andExpect(status().isForbidden());
		assertThat(page(client, "/colleagues/join/ABCDE-FGHJK")).contains("This invitation is for therapists")
			.doesNotContain("Become colleagues");
		assertThat(page(client, "/")).doesNotContain("href=\"/colleagues\"");

		Account plain = signUp("THERAPIST");
		Signed unenrolled = new Signed(plain, token(plain.email()), null);
		this.mvc.perform(get("/colleagues").with(signedIn(unenrolled))).andExpect(redirectedUrl("/account#totp"));
		this.mvc.perform(get("/colleagues/join/ABCDE-FGHJK").with(signedIn(unenrolled)))
			.andExpect(content().string(containsString("protect your account with two-factor sign-in")))
			.andExpect(content().string(not(containsString("Become colleagues"))));
	}

}
