package org.between.shared.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.between.support.WebTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /privacy and /about (issue 10, point 9): public, linked from every footer and from
 * sign-up, written plainly (the readability is measured), and the page language is the
 * language the page is written in (point 10), whatever the browser asks for.
 */
class PublicNoticesTests extends WebTest {

	private static final Pattern FOOTER = Pattern.compile("<footer class=\"foot\">(.*?)</footer>", Pattern.DOTALL);

	private static final Pattern MAIN = Pattern.compile("<main[^>]*>(.*?)</main>", Pattern.DOTALL);

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void privacyNoticeIsPublicAndSaysWhatIsStoredWhoSeesItHowLongAndTheRights() throws Exception {
		String html = HtmlUtils.htmlUnescape(page("/privacy"));
		assertThat(html).contains("<title>Privacy · Between</title>", "What Between stores", "Who can see it",
				"Other firms that may hold your data", "How it is kept safe", "How long it is kept, and deleting it",
				"Your rights", "Cookies and this device");
		// What is stored, module by module, and what is encrypted and what is not.
		assertThat(html).contains("<strong>Your account</strong>", "<strong>Check-ins</strong>",
				"<strong>Your toolbox</strong>", "<strong>Your journal</strong>", "<strong>Your safety plan</strong>",
				"<strong>Questionnaires such as the PHQ-9</strong>", "<strong>Sessions</strong>",
				"<strong>Insights</strong>", "<strong>Signing in</strong>", "<strong>E-mails</strong>",
				"<strong>The access log</strong>", "It never notes what the item says.");
		assertThat(html).contains(
				"Everything people write is encrypted in the database. This includes journal entries, your safety plan",
				"Numbers, dates and choices are not encrypted");
		// The therapist: the per-category choice, all off at first.
		assertThat(html).contains(
				"check-in trends and urges, risk flags, questionnaires, skills you practised, and insights",
				"Each one stays off until you turn it on.");
		// Processors the operator adds, deletion as it is today, rights.
		assertThat(html).contains("a firm that hosts the database", "an e-mail firm that sends your e-mails",
				"you can download everything you stored", "You can delete your whole account on your Account page",
				"For 7 days you can undo that", "only the access log keeps its lines about you",
				"complain to the data protection office of your country");
		// Nobody filled in the operator: the page says so, it invents no one.
		assertThat(html).contains("have not filled in their name yet",
				"They have not filled in a contact address yet.");
		assertThat(html).contains("href=\"/about\"").doesNotContain("??");
	}

	@Test
	void aboutStatesTheIntendedPurposeWhatItIsNotAndThatItIsForAdults() throws Exception {
		String html = HtmlUtils.htmlUnescape(page("/about"));
		assertThat(html)
			.contains("<title>About Between · Between</title>", "What Between is for",
					"Between is an adjunct to therapy: it goes alongside your sessions. It does not take their place.",
					"It is not a diagnosis.", "It is not an emergency service. Nobody watches it day and night.",
					"It is not a replacement for care.", "Between is for adults: people aged 18 or over.",
					"href=\"/privacy\"", "href=\"/crisis\"")
			.doesNotContain("??");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/login", "/signup", "/crisis", "/crisis?country=GB", "/password-reset", "/privacy",
			"/about" })
	void everyPageSignedOutLinksPrivacyAndAboutInItsFooter(String path) throws Exception {
		assertFooterLinks(page(path));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/account", "/checkin", "/safety", "/journal", "/privacy", "/about" })
	void everyPageSignedInLinksPrivacyAndAboutInItsFooter(String path) throws Exception {
		Signed client = client();
		String html = this.mvc.perform(get(path).with(signedIn(client)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertFooterLinks(html);
	}

	@Test
	void theErrorPageLinksPrivacyAndAboutInItsFooter() throws Exception {
		MvcResult error = this.mvc.perform(get("/error").accept(MediaType.TEXT_HTML)).andReturn();
		assertThat(error.getResponse().getStatus()).isEqualTo(500);
		assertFooterLinks(error.getResponse().getContentAsString());
	}

	@Test
	void aSignedInClientKeepsTheirPlanInTheHeaderOnTheNotices() throws Exception {
		Signed client = client();
		for (String path : new String[] { "/privacy", "/about" }) {
			String html = this.mvc.perform(get(path).with(signedIn(client)).accept(MediaType.TEXT_HTML))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(path).contains("href=\"/safety/now\"", "href=\"/crisis\"");
		}
	}

	@Test
	void signUpLinksPrivacyAndAboutNextToTheAgeQuestion() throws Exception {
		String html = page("/signup");
		Matcher age = Pattern.compile("<fieldset id=\"adult-confirmation\".*?</fieldset>", Pattern.DOTALL)
			.matcher(html);
		assertThat(age.find()).as("the age question").isTrue();
		assertThat(age.group()).contains("I am 18 or older", "href=\"/privacy\"", "href=\"/about\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/privacy", "/about" })
	void theNoticesAreWrittenForAReadingAgeOfAboutTwelve(String path) throws Exception {
		Readability text = Readability.of(mainText(page(path)));
		System.out.println("Readability of " + path + ": " + text);
		assertThat(text.wordsPerSentence()).as(path + ": " + text).isLessThanOrEqualTo(15.0);
		assertThat(text.longestSentence()).as(path + ": " + text).isLessThanOrEqualTo(25);
		// 70 and above: "fairly easy", read by most 12 to 13 year olds.
		assertThat(text.fleschReadingEase()).as(path + ": " + text).isGreaterThanOrEqualTo(70.0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "de-DE,de;q=0.9", "fr-CH, fr;q=0.9, en;q=0.8", "lt", "en-US" })
	void theLanguageAttributeNamesTheLanguageThePageIsWrittenIn(String acceptLanguage) throws Exception {
		for (String path : new String[] { "/", "/login", "/signup", "/crisis", "/privacy", "/about" }) {
			String html = this.mvc
				.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage).accept(MediaType.TEXT_HTML))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(path + " with Accept-Language " + acceptLanguage)
				.containsPattern("<html[^>]* lang=\"en\"");
		}
	}

	@Test
	void theLanguageAttributeIsEnglishForASignedInPersonWhoseBrowserSaidGerman() throws Exception {
		Signed client = client();
		String html = this.mvc
			.perform(get("/checkin").with(signedIn(client)).header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).containsPattern("<html[^>]* lang=\"en\"");
	}

	private static void assertFooterLinks(String html) {
		Matcher footer = FOOTER.matcher(html);
		assertThat(footer.find()).as("a footer").isTrue();
		assertThat(footer.group(1)).contains("href=\"/privacy\"", ">Privacy</a>", "href=\"/about\"",
				">About Between</a>");
	}

	/** The running text of main: one line per block, tags dropped. */
	static String mainText(String html) {
		Matcher main = MAIN.matcher(html);
		assertThat(main.find()).isTrue();
		// Headings and the bold labels of lists are left out: short as they are, they
		// would flatter the figures.
		String text = main.group(1)
			.replaceAll("(?s)<script.*?</script>", " ")
			.replaceAll("(?s)<h[1-6][^>]*>.*?</h[1-6]>", "\n")
			.replaceAll("(?s)<strong>.*?</strong>\\.?", " ")
			.replaceAll("(?i)</?(h[1-6]|p|li|ul|ol|section|div|dt|dd|tr)[^>]*>", "\n")
			.replaceAll("<[^>]+>", " ");
		return HtmlUtils.htmlUnescape(text).replaceAll("[ \\t]+", " ");
	}

}
