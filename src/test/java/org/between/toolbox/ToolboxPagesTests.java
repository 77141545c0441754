package org.between.toolbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.between.support.WebTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The toolbox pages in plain HTML: the list, a skill with its pacer or timer, the
 * practice form, the home card and the therapist's form. No inline styles or scripts (the
 * CSP forbids them).
 */
class ToolboxPagesTests extends WebTest {

	static final String BREATHING = "423b309d-f53b-4253-a2e2-ad54855b7b66";

	static final String TIMER = "71d2ef48-ac11-4135-a25c-3ff54f57a9f7";

	static final String REACH_OUT = "475e7591-3fb8-4ce7-afc2-fdd2095ad61f";

	@Test
	void theToolboxListsTheBuiltInSkillsAndTheFormWithoutInlineStylesOrScripts() throws Exception {
		Signed client = client();
		String page = page(client, "/toolbox");
		assertThat(page).contains("Your toolbox", "Paced breathing", "5-4-3-2-1 grounding", "Urge surfing",
				"Opposite action", "Meditation timer", "Self-care menu", "Reaching out to someone on my list",
				"data-testid=\"add-skill\"", "/css/toolbox.css",
				"Once you have tried a skill and noted your distress before and after");
		assertNoInlineStyleOrScript(page);
	}

	@Test
	void theBreathingPageHasThePacerTheStepsAndTheDistressScale() throws Exception {
		Signed client = client();
		String page = page(client, "/toolbox/" + BREATHING);
		assertThat(page).contains("data-testid=\"pacer\"", "class=\"pacer-circle\"", "Breathe in", "Breathe out",
				"class=\"pacer-toggle\"", "Breathe in while you count to four", "data-testid=\"steps\"",
				"data-testid=\"practice-form\"", "id=\"distressBefore-0\"", "id=\"distressBefore-10\"",
				"id=\"distressAfter-10\"");
		assertThat(page).doesNotContain("data-testid=\"timer\"", "toolbox-timer.js");
		assertNoInlineStyleOrScript(page);
	}

	@Test
	void theTimerPageLoadsItsScriptAndSaysWhatToDoWithoutIt() throws Exception {
		Signed client = client();
		String page = page(client, "/toolbox/" + TIMER);
		assertThat(page).contains("data-testid=\"timer\"", "/js/toolbox-timer.js", "<noscript>",
				"class=\"timer-controls\" hidden", "3 minutes", "5 minutes", "10 minutes");
		assertNoInlineStyleOrScript(page);
	}

	@Test
	void reachingOutLinksToTheSafetyPlanAndItsPeople() throws Exception {
		Signed client = client();
		assertThat(page(client, "/toolbox/" + REACH_OUT)).contains("href=\"/safety\"",
				"Your safety plan does not list anyone to ask yet");
		this.mvc
			.perform(post("/safety").with(signedIn(client))
				.param("peopleToAsk[0].name", "Maya")
				.param("peopleToAsk[0].phone", "+43 660 1234567"))
			.andExpect(redirectedUrl("/safety"));
		assertThat(page(client, "/toolbox/" + REACH_OUT)).contains("Call Maya", "href=\"tel:+436601234567\"");
	}

	@Test
	void practisingShowsWhatWasSavedAndTheRankingInPlainWordsWithTheCount() throws Exception {
		Signed client = client();
		this.mvc
			.perform(post("/toolbox/{id}/practices", BREATHING).with(signedIn(client))
				.param("distressBefore", "7")
				.param("distressAfter", "3")
				.param("situation", "ANXIETY")
				.param("minutes", "")
				.param("note", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/toolbox/" + BREATHING + "#saved"));
		// one practice: mean_all = 4, estimate (4 + 12) / 4 = 4
		assertThat(page(client, "/toolbox")).contains("Tried once.", "Distress went down by about 4.0 on average.");
		assertThat(page(client, "/toolbox?situation=ANXIETY")).contains("Tried once.");
		assertThat(page(client, "/toolbox?situation=SLEEP"))
			.contains("You have not noted a practice in this situation yet.");
		assertThat(page(client, "/toolbox/" + BREATHING)).contains("data-testid=\"record\"", "Tried once.");
	}

	@Test
	void numberedStepsAndTagsAreNamedOnceOnTheirBox() throws Exception {
		Signed client = client();
		String long1 = "a".repeat(501);
		String long2 = "b".repeat(501);
		String page = this.mvc
			.perform(post("/toolbox").with(signedIn(client))
				.param("name", "")
				.param("steps", "Breathe\n" + long1 + "\n" + long2)
				.param("tags", "ANXIETY", "NOT_A_SITUATION"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-testid=\"error-summary\"", "href=\"#name\"", "href=\"#steps\"",
				"href=\"#tags\"", "Please give the skill a name.", "Please choose situations from the list.");
		// Two steps too long: one message under the steps box and one line in the
		// summary.
		assertThat(page.split("Please keep each step to at most 500 characters.", -1)).hasSize(3);
		assertThat(page.split("href=\"#steps\"", -1)).hasSize(2);
	}

	@Test
	void aBadPracticeKeepsWhatWasChosenAndNamesTheMissingField() throws Exception {
		Signed client = client();
		String page = this.mvc
			.perform(post("/toolbox/{id}/practices", BREATHING).with(signedIn(client))
				.param("distressBefore", "6")
				.param("minutes", "soon")
				.param("note", "kept"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-testid=\"error-summary\"", "href=\"#distressAfter\"", "href=\"#minutes\"",
				"Please choose a number from 0 to 10.", ">kept</textarea>");
		assertThat(page).containsPattern("id=\"distressBefore-6\" value=\"6\"\\s+required checked=\"checked\"");
		assertThat(page(client, "/toolbox")).doesNotContain("Tried once.");
	}

	@Test
	void addingASkillOnThePageLeadsToItAndErrorsKeepWhatWasTyped() throws Exception {
		Signed client = client();
		String bad = this.mvc
			.perform(post("/toolbox").with(signedIn(client))
				.param("name", "")
				.param("steps", "Walk to the window\nOpen it")
				.param("tags", "ANGER"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(bad).contains("Please give the skill a name.", "Walk to the window\nOpen it", "href=\"#name\"");
		assertThat(bad).containsPattern("id=\"tag-ANGER\" value=\"ANGER\"\\s+checked=\"checked\"");

		String location = this.mvc
			.perform(post("/toolbox").with(signedIn(client))
				.param("name", "Fresh air")
				.param("steps", "Walk to the window\n\nOpen it")
				.param("tags", "ANGER"))
			.andExpect(redirectedUrlPattern("/toolbox/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = page(client, location);
		assertThat(page).contains("Fresh air", "<li>Walk to the window</li>", "<li>Open it</li>",
				"Remove from my toolbox");
		assertNoInlineStyleOrScript(page);

		Signed other = client();
		this.mvc.perform(get(location).with(signedIn(other))).andExpect(status().isNotFound());
		this.mvc
			.perform(post(location + "/practices").with(signedIn(other))
				.param("distressBefore", "5")
				.param("distressAfter", "4"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(location + "/remove").with(signedIn(other))).andExpect(status().isNotFound());

		this.mvc.perform(post(location + "/remove").with(signedIn(client))).andExpect(redirectedUrl("/toolbox"));
		this.mvc.perform(get(location).with(signedIn(client))).andExpect(status().isNotFound());
	}

	@Test
	void theHomeCardInvitesFirstAndLaterNamesTheSkillThatHelpedWithItsCount() throws Exception {
		Signed client = client();
		assertThat(page(client, "/")).contains("data-testid=\"toolbox-card\"", "Open my toolbox")
			.doesNotContain("A skill that has helped you");
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(post("/toolbox/{id}/practices", BREATHING).with(signedIn(client))
				.param("distressBefore", "8")
				.param("distressAfter", "5"));
		}
		assertThat(page(client, "/")).contains("A skill that has helped you", "Paced breathing",
				"You have tried it 2 times.");
	}

	@Test
	void theTherapistAddsASkillOnTheClientsPageOnlyWhenLinked() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		String page = page(therapist, "/clients/" + client.id() + "/toolbox");
		assertThat(page).contains("data-testid=\"therapist-skill\"", "Suggested rhythm");
		assertNoInlineStyleOrScript(page);
		assertThat(page(therapist, "/clients/" + client.id())).contains("/clients/" + client.id() + "/toolbox");

		this.mvc
			.perform(post("/clients/{id}/toolbox", client.id()).with(signedIn(therapist))
				.param("name", "Safe place")
				.param("steps", "Picture a place where you feel safe")
				.param("rhythm", "every evening"))
			.andExpect(redirectedUrl("/clients/" + client.id() + "/toolbox"));
		assertThat(page(client, "/toolbox")).contains("Safe place", "From my therapist",
				"Suggested rhythm: every evening");

		Signed stranger = client();
		this.mvc.perform(get("/clients/{id}/toolbox", stranger.id()).with(signedIn(therapist)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clients/{id}/toolbox", client.id()).with(signedIn(stranger)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aTherapistHasNoToolboxPage() throws Exception {
		Signed therapist = therapistWithTotp();
		this.mvc.perform(get("/toolbox").with(signedIn(therapist))).andExpect(status().isForbidden());
		this.mvc.perform(get("/toolbox")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/toolbox/" + BREATHING).with(signedIn(client())))
			.andExpect(content().string(not(containsString("Remove from my toolbox"))));
	}

	/** The CSP allows neither: every script has a src, and no element has style=. */
	private static void assertNoInlineStyleOrScript(String page) {
		assertThat(page).doesNotContainPattern("(?i)\\sstyle\\s*=").doesNotContain("<style");
		Matcher scripts = Pattern.compile("(?is)<script([^>]*)>(.*?)</script>").matcher(page);
		while (scripts.find()) {
			assertThat(scripts.group(1)).contains("src=");
			assertThat(scripts.group(2)).isBlank();
		}
	}

}
