package org.between.safety;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.between.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The safety screen shows the six steps in the order of the plan, the person's own words
 * first, the first crisis line with a clear button, and the emergency number last as "If
 * you are in immediate danger"; people can be called or texted, a named skill links to
 * the toolbox, and after a PHQ-9 the screen links to the answers. The plan's PDF is a
 * tagged PDF with its language, and text lines print with their keyword.
 */
class SafetyScreenTests extends WebTest {

	@Test
	void theSafetyScreenShowsAllSixStepsInOrderAndTheEmergencyNumberLast() throws Exception {
		Signed client = client();
		writeFullPlan(client);
		String page = screen(client, "/safety/now");

		List<String> headings = headings(page);
		assertThat(headings).containsSubsequence("What you may notice", "Things you can do on your own",
				"People and places that take your mind off things", "People you can ask",
				"Professionals and crisis lines", "Making your surroundings safer", "What matters to you",
				"If you are in immediate danger");
		assertThat(headings.get(headings.size() - 1)).isEqualTo("If you are in immediate danger");
		// The person's own words come before any number to call.
		assertThat(page.indexOf("I lie awake after 2 am")).isLessThan(page.indexOf("href=\"tel:"));
		assertThat(page.indexOf("Put the pills in the car")).isPositive();
		// The first crisis line comes before the emergency number, which is not a main
		// button.
		assertThat(page.indexOf("href=\"tel:142\"")).isLessThan(page.indexOf("href=\"tel:112\""));
		assertThat(page).doesNotContain("button call primary");
		assertThat(page).contains("class=\"button secondary call\" href=\"tel:112\"");
	}

	@Test
	void peopleOnThePlanCanBeCalledOrTexted() throws Exception {
		Signed client = client();
		writeFullPlan(client);
		for (String path : List.of("/safety/now", "/safety")) {
			String page = screen(client, path);
			assertThat(page).contains("href=\"tel:+436601234567\"", "href=\"sms:+436601234567\"",
					"aria-label=\"Send a text to Maya\"");
		}
	}

	@Test
	void aSkillNamedInThePlanLinksToItsPageInTheToolbox() throws Exception {
		Signed client = client();
		String skillId = com.jayway.jsonpath.JsonPath.read(this.mvc
			.perform(post("/api/v1/skills").with(bearer(client.token()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Cold water reset\",\"steps\":[\"Cold water on my face\"]}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		this.mvc
			.perform(post("/safety").with(signedIn(client))
				.param("copingStrategies", "A cold water reset in the bathroom\nA hot shower")
				.param("distractions", "Paced breathing on the balcony"))
			.andExpect(redirectedUrl("/safety"));
		for (String path : List.of("/safety/now", "/safety")) {
			String page = screen(client, path);
			assertThat(page).contains("href=\"/toolbox/" + skillId + "\"",
					"aria-label=\"Open Cold water reset in my toolbox\"",
					"aria-label=\"Open Paced breathing in my toolbox\"");
			// "A hot shower" names no skill.
			assertThat(Pattern.compile("A hot shower</span>\\s*<a").matcher(page).find()).isFalse();
		}
		// Someone else's skill is never linked.
		Signed other = client();
		this.mvc.perform(post("/safety").with(signedIn(other)).param("copingStrategies", "A cold water reset"))
			.andExpect(redirectedUrl("/safety"));
		assertThat(screen(other, "/safety/now")).doesNotContain("/toolbox/" + skillId);
	}

	@Test
	void withoutAPlanTheScreenSaysThereIsNoPlanHereYetAndOffersTheLines() throws Exception {
		Signed client = client();
		this.mvc.perform(get("/safety/now").with(signedIn(client)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no plan here yet.")))
			.andExpect(content().string(not(containsString("You have not written a safety plan yet"))))
			.andExpect(content().string(not(containsString("Here is your plan, one step at a time"))))
			.andExpect(content().string(containsString("href=\"tel:142\"")))
			.andExpect(content().string(containsString("If you are in immediate danger")))
			.andExpect(content().string(containsString("href=\"/safety/edit\"")));
	}

	@Test
	void afterAPhq9TheScreenLinksToTheAnswersWhenTheIdIsWellFormed() throws Exception {
		Signed client = client();
		UUID response = UUID.randomUUID();
		assertThat(screen(client, "/safety/now?reason=PHQ9_ITEM_9&response=" + response))
			.contains("href=\"/measures/responses/" + response + "\"", "See your answers");
		assertThat(screen(client, "/safety/now?reason=PHQ9_ITEM_9&response=../../account"))
			.doesNotContain("See your answers");
		assertThat(SafetyNet.screenFor(new SafetyResponse(true, List.of("PHQ9_ITEM_9"), List.of(), null), response))
			.isEqualTo("/safety/now?reason=PHQ9_ITEM_9&response=" + response);
	}

	@Test
	void thePdfIsTaggedWithItsLanguageAndPrintsTextLinesWithTheirKeyword() throws Exception {
		Signed client = client();
		this.mvc
			.perform(put("/api/v1/safety-plan").with(bearer(client.token()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(SafetyPlanApiTests.PLAN.formatted("false")
					.replace("\"sharedWithTherapist\"", "\"crisisCountry\":\"US\",\"sharedWithTherapist\"")))
			.andExpect(status().isOk());
		byte[] pdf = this.mvc.perform(get("/api/v1/safety-plan/pdf").with(bearer(client.token())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "safety-plan.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			var catalog = document.getDocumentCatalog();
			assertThat(catalog.getStructureTreeRoot()).isNotNull();
			assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
			assertThat(catalog.getMarkInfo()).isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).isTrue();
			assertThat(catalog.getLanguage()).isEqualTo("en");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Your safety plan");
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Text HOME to 741741", "988", "Cold water on my face");
		}
	}

	private void writeFullPlan(Signed client) throws Exception {
		this.mvc
			.perform(post("/safety").with(signedIn(client))
				.param("warningSigns", "I lie awake after 2 am")
				.param("copingStrategies", "A hot shower")
				.param("distractions", "The library on Mill Road")
				.param("peopleToAsk[0].name", "Maya")
				.param("peopleToAsk[0].phone", "+43 660 1234567")
				.param("professionals[0].name", "Dr. Lind")
				.param("professionals[0].phone", "01 234 5678")
				.param("environmentSafety", "Put the pills in the car")
				.param("reasonsForLiving", "My cat"))
			.andExpect(redirectedUrl("/safety"));
	}

	private String screen(Signed client, String path) throws Exception {
		return this.mvc.perform(get(path).with(signedIn(client)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<String> headings(String page) {
		Matcher m = Pattern.compile("<h[23][^>]*>([^<]*)</h[23]>").matcher(page);
		List<String> headings = new java.util.ArrayList<>();
		while (m.find()) {
			headings.add(m.group(1).strip());
		}
		return headings;
	}

}
