package org.between.safety;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.between.accounts.CountryCookie;
import org.between.support.WebTest;
import org.junit.jupiter.api.Test;

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
 * Issue 10, point 4: the person's country is one setting (sign-up, /account, the API),
 * and the crisis page and the safety screen pick the country in the promised order,
 * falling back to what works everywhere instead of an empty list.
 */
class CountryChoiceTests extends WebTest {

	// --- the setting: sign-up, account page, API ---

	@Test
	void signUpWithoutACountryTakesTheTimeZonesCountryAndTheProfileShowsIt() throws Exception {
		Signed person = person("Europe/Dublin", "en-US", null);
		this.mvc.perform(get("/api/v1/me").with(bearer(person.token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.country").value("IE"));
	}

	@Test
	void signUpTakesAnExplicitCountryInAnyCase() throws Exception {
		String body = accountJson(email(), "Europe/London", null, "de");
		this.mvc.perform(postJson("/api/v1/accounts", body).with(fresh()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.country").value("DE"));
	}

	@Test
	void signUpRefusesACountryThatIsNotOne() throws Exception {
		for (String bad : new String[] { "ZZ", "G1", "GBR" }) {
			MvcResult result = this.mvc
				.perform(postJson("/api/v1/accounts", accountJson(email(), "Europe/London", null, bad)).with(fresh()))
				.andExpect(problem(400))
				.andReturn();
			assertThat(errorFields(result)).as(bad).contains("country");
		}
	}

	@Test
	void putMeChangesTheCountryAndLeavingItOutKeepsIt() throws Exception {
		Signed person = person("Europe/London", "en-GB", null);
		this.mvc
			.perform(put("/api/v1/me").with(bearer(person.token()))
				.contentType("application/json")
				.content(toJson(Map.of("displayName", "Sam", "timeZone", "Europe/London", "country", "nz"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("Sam"))
			.andExpect(jsonPath("$.country").value("NZ"));
		this.mvc
			.perform(put("/api/v1/me").with(bearer(person.token()))
				.contentType("application/json")
				.content(toJson(Map.of("displayName", "Sam", "timeZone", "Europe/Paris"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.timeZone").value("Europe/Paris"))
			.andExpect(jsonPath("$.country").value("NZ"));
		this.mvc.perform(get("/api/v1/me").with(bearer(person.token()))).andExpect(jsonPath("$.country").value("NZ"));
	}

	@Test
	void putMeRefusesAnUnknownCountryAndChangesNothing() throws Exception {
		Signed person = person("Europe/London", "en-GB", null);
		MvcResult result = this.mvc
			.perform(put("/api/v1/me").with(bearer(person.token()))
				.contentType("application/json")
				.content(toJson(Map.of("displayName", "Sam", "timeZone", "Europe/London", "country", "ZZ"))))
			.andExpect(problem(400))
			.andReturn();
		assertThat(errorFields(result)).containsExactly("country");
		this.mvc.perform(get("/api/v1/me").with(bearer(person.token()))).andExpect(jsonPath("$.country").value("GB"));
	}

	@Test
	void putMeNeedsASignIn() throws Exception {
		this.mvc
			.perform(put("/api/v1/me").contentType("application/json")
				.content(toJson(Map.of("displayName", "Sam", "timeZone", "Europe/London", "country", "GB"))))
			.andExpect(problem(401));
	}

	@Test
	void theSignUpPageAsksForTheCountryWithTheTimeZonesCountryAsTheGuess() throws Exception {
		String page = this.mvc.perform(get("/signup"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<label for=\"country\">Country you live in</label>")
			.containsPattern("<option value=\"GB\" selected=\"selected\">United Kingdom</option>")
			.containsPattern("<option value=\"Europe/London\"[^>]* data-country=\"GB\"[^>]*>")
			.containsPattern("<option value=\"Europe/London\"[^>]* selected=\"selected\"[^>]*>")
			.contains("data-country=\"ES\"")
			.contains("data-guess-country");
	}

	@Test
	void theSignUpFormSavesTheChosenCountry() throws Exception {
		String email = email();
		this.mvc
			.perform(post("/signup").with(csrf())
				.with(fresh())
				.param("role", "CLIENT")
				.param("displayName", "Robin")
				.param("email", email)
				.param("password", PASSWORD)
				.param("timeZone", "Europe/London")
				.param("country", "LT")
				.param("adult", "true"))
			.andExpect(redirectedUrl("/welcome"));
		assertThat(this.jdbc.queryForObject("select country from accounts_user where email = ?", String.class, email))
			.isEqualTo("LT");
	}

	@Test
	void theAccountPageShowsAndChangesTheCountry() throws Exception {
		Signed person = person("Europe/London", "en-GB", null);
		String page = this.mvc.perform(get("/account").with(signedIn(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<option value=\"GB\" selected=\"selected\">United Kingdom</option>");

		this.mvc
			.perform(post("/account/profile").with(signedIn(person))
				.param("displayName", "Test person")
				.param("timeZone", "Europe/London")
				.param("locale", "en")
				.param("country", "AT"))
			.andExpect(redirectedUrl("/account"));
		assertThat(
				this.jdbc.queryForObject("select country from accounts_user where id = ?", String.class, person.id()))
			.isEqualTo("AT");

		this.mvc
			.perform(post("/account/profile").with(signedIn(person))
				.param("displayName", "Test person")
				.param("timeZone", "Europe/London")
				.param("locale", "en")
				.param("country", "XX"))
			.andExpect(status().isOk())
			.andExpect((r) -> assertThat(r.getResponse().getContentAsString())
				.contains("Please choose a country from the list."));
	}

	@Test
	void aSignedInPageRemembersTheCountryInACookie() throws Exception {
		Signed person = person("Europe/London", "en-US", null);
		MvcResult result = this.mvc.perform(get("/").with(signedIn(person))).andExpect(status().isOk()).andReturn();
		Cookie cookie = result.getResponse().getCookie(CountryCookie.NAME);
		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).isEqualTo("GB");
		assertThat(cookie.getPath()).isEqualTo("/");
		assertThat(result.getResponse().getHeaders("Set-Cookie"))
			.anySatisfy((header) -> assertThat(header).startsWith("between_country=GB").contains("SameSite=Lax"));

		// Already right: not sent again.
		MvcResult again = this.mvc.perform(get("/").with(signedIn(person)).cookie(new Cookie(CountryCookie.NAME, "GB")))
			.andReturn();
		assertThat(again.getResponse().getCookie(CountryCookie.NAME)).isNull();
	}

	// --- the order on /crisis ---

	@Test
	void crisisAskedCountryComesFirst() throws Exception {
		String page = crisis("/crisis?country=IE", "en-GB", "GB");
		assertThat(page).contains("tel:116123").contains("call 112.").doesNotContain("call 999.");
	}

	@Test
	void crisisSignedInUsesTheSavedCountryBeforeTheBrowser() throws Exception {
		Signed person = person("Europe/London", "en-US", "NZ");
		Cookie remembered = this.mvc.perform(get("/").with(signedIn(person)))
			.andReturn()
			.getResponse()
			.getCookie(CountryCookie.NAME);
		assertThat(remembered.getValue()).isEqualTo("NZ");

		String page = this.mvc.perform(get("/crisis").header("Accept-Language", "en-US").cookie(remembered))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("call 111.").doesNotContain("tel:988");
	}

	@Test
	void crisisReadsEveryRegionOfAcceptLanguageNotOnlyTheFirst() throws Exception {
		// "de" has no region, "es-ES" is a country we have no lines for; en-IE is.
		String page = crisis("/crisis", "de, es-ES;q=0.9, en-IE;q=0.8, en-GB;q=0.7", null);
		assertThat(page).contains("call 112.").contains("Samaritans").contains("tel:116123");
		assertThat(page).contains("<option value=\"IE\" selected=\"selected\">Ireland</option>");
	}

	@Test
	void crisisWithALanguageWithoutARegionAsksForTheCountryFirstAndShowsTheFallback() throws Exception {
		for (String language : new String[] { "en", "de", null }) {
			String page = crisis("/crisis", language, null);
			assertFallbackFirst(page, language);
		}
	}

	@Test
	void crisisWithAnUnknownCountryCodeShowsTheFallback() throws Exception {
		assertFallbackFirst(crisis("/crisis?country=ZZ", null, null), "ZZ");
	}

	@Test
	void crisisForACountryWithoutLinesNamesItAndShowsTheFallback() throws Exception {
		String page = crisis("/crisis?country=ES", "en-GB", null);
		assertFallbackFirst(page, "ES");
		assertThat(page).contains("We do not have crisis lines for Spain yet.");
	}

	@Test
	void crisisSaysListedOnUnlessVerified() throws Exception {
		String page = crisis("/crisis?country=GB", null, null);
		assertThat(page).contains("Source, listed on 22 November 2026").doesNotContain("Source, checked");
	}

	// --- the safety screen ---

	@Test
	void theSafetyScreenOfALondonClientWhoseBrowserSaidEnUsShowsBritishLines() throws Exception {
		Signed client = person("Europe/London", "en-US", null);
		String page = this.mvc.perform(get("/safety/now").with(signedIn(client)).header("Accept-Language", "en-US"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("tel:999").contains("tel:116123").doesNotContain("tel:911").doesNotContain("tel:988");
	}

	@Test
	void theSafetyScreenUsesTheRegionsOfTheBrowserWhenNoCountryIsSaved() throws Exception {
		Signed client = person("Europe/London", "en", null);
		this.jdbc.update("update accounts_user set country = null, time_zone = 'UTC' where id = ?", client.id());
		String page = this.mvc
			.perform(get("/safety/now").with(signedIn(client)).header("Accept-Language", "fr, de-AT;q=0.5"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("tel:142").doesNotContain("tel:999");
	}

	@Test
	void theSafetyScreenUsesTheTimeZoneWhenNothingElseTellsTheCountry() throws Exception {
		Signed client = person("Europe/Dublin", "en", null);
		this.jdbc.update("update accounts_user set country = null where id = ?", client.id());
		String page = this.mvc.perform(get("/safety/now").with(signedIn(client)).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("tel:116123").contains("tel:112");
	}

	@Test
	void theSafetyScreenOutsideTheCuratedCountriesShowsTheFallbackNeverAnEmptyList() throws Exception {
		Signed client = person("Europe/Madrid", "es-ES", null);
		String page = this.mvc.perform(get("/safety/now").with(signedIn(client)).header("Accept-Language", "es-ES"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-testid=\"crisis-fallback\"")
			.contains("href=\"tel:112\"")
			.contains("href=\"https://findahelpline.com\"")
			.contains("112 works from mobile phones in Europe and many other countries.")
			.doesNotContain("data-testid=\"crisis-lines\"")
			// Said once, in the fallback block, not again in an emergency card without a
			// number.
			.doesNotContain("data-testid=\"immediate-danger\"");
	}

	@Test
	void theSafetyApiForACountryWithoutLinesPointsToFindAHelpline() throws Exception {
		Signed client = person("Europe/Madrid", "es-ES", null);
		this.mvc.perform(post("/api/v1/safety/help-now").with(bearer(client.token())))
			.andExpect(jsonPath("$.crisisLines[0].name").value("Call your local emergency number"))
			.andExpect(jsonPath("$.crisisLines[0].url").value("https://findahelpline.com"));
	}

	private void assertFallbackFirst(String page, String what) {
		assertThat(page).as(what).contains("data-testid=\"crisis-fallback\"");
		assertThat(page).as(what).contains("href=\"tel:112\"").contains("href=\"https://findahelpline.com\"");
		assertThat(page).as(what).doesNotContain("Samaritans").doesNotContain("tel:988");
		int picker = page.indexOf("<form class=\"country no-print\"");
		int fallback = page.indexOf("data-testid=\"crisis-fallback\"");
		assertThat(picker).as(what + ": the picker comes first").isPositive().isLessThan(fallback);
		assertThat(page.indexOf("<form class=\"country no-print\"", picker + 1)).as(what + ": one picker").isNegative();
	}

	private String crisis(String path, String acceptLanguage, String cookieCountry) throws Exception {
		var request = get(path);
		if (acceptLanguage != null) {
			request.header("Accept-Language", acceptLanguage);
		}
		if (cookieCountry != null) {
			request.cookie(new Cookie(CountryCookie.NAME, cookieCountry));
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private Signed person(String zone, String locale, String country) throws Exception {
		String email = email();
		MvcResult result = this.mvc
			.perform(postJson("/api/v1/accounts", accountJson(email, zone, locale, country)).with(fresh()))
			.andExpect(status().isCreated())
			.andReturn();
		Account account = new Account(UUID.fromString(read(result, "$.id")), email, "Test person");
		return new Signed(account, token(email), null);
	}

	private String accountJson(String email, String zone, String locale, String country) {
		Map<String, Object> body = new HashMap<>(Map.of("email", email, "password", PASSWORD, "displayName",
				"Test person", "role", "CLIENT", "timeZone", zone));
		if (locale != null) {
			body.put("locale", locale);
		}
		if (country != null) {
			body.put("country", country);
		}
		return toJson(body);
	}

}
