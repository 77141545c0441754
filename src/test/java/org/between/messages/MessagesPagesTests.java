package org.between.messages;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.between.support.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /messages} for both: the chooser shows only agreed categories, the client is
 * told before sending when it will be read and where help is, a kept message links to the
 * journal, the therapist sees "respond by" per client, a thread and its reply, 404 for
 * anyone else's thread, errors on the form.
 */
class MessagesPagesTests extends WebTest {

	/** Saturday 12 December 2026, 11:00 in Vienna: outside the reading hours. */
	static final Instant SATURDAY = Instant.parse("2026-12-12T10:00:00Z");

	Signed therapist;

	Signed client;

	@BeforeEach
	void pair() throws Exception {
		this.clock.set(SATURDAY);
		this.therapist = therapistWithTotp();
		this.client = client();
		link(this.therapist, this.client);
	}

	void agree(List<String> categories) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("allowedCategories", categories);
		body.put("responseTimeHours", 4);
		body.put("crisisInstructions", "Call the crisis line, then leave me a message.");
		MvcResult proposed = this.mvc
			.perform(postJson("/api/v1/clients/" + this.client.id() + "/contact-agreements", toJson(body))
				.with(bearer(this.therapist.token())))
			.andReturn();
		this.mvc.perform(post("/api/v1/contact-agreements/{id}/accept", (String) read(proposed, "$.id"))
			.with(bearer(this.client.token())));
	}

	@Test
	void withoutAnAgreementThePageOffersTheJournal() throws Exception {
		String html = page(this.client, "/messages");

		assertThat(html).contains("There is no contact agreement with your therapist yet")
			.contains("href=\"/journal/new\"")
			.doesNotContain("data-testid=\"send\"");
	}

	@Test
	void theChooserShowsOnlyAgreedCategoriesAndSaysWhenItWillBeRead() throws Exception {
		agree(List.of("SCHEDULING", "PHONE_EMERGENCY"));

		String html = page(this.client, "/messages");

		assertThat(html).contains("<option value=\"SCHEDULING\"")
			.doesNotContain("<option value=\"BRIEF_CHECKIN\"", "<option value=\"PHONE_EMERGENCY\"")
			.contains("Your therapist will read it from Monday 14 December, 09:00.")
			.contains("As agreed, an answer is due by Monday 14 December, 13:00.")
			.contains("Messages are not watched around the clock.")
			.contains("Call the crisis line, then leave me a message.");
	}

	@Test
	void aDeliveredMessageOpensItsThreadAndTheTherapistRepliesThere() throws Exception {
		agree(List.of("SCHEDULING"));

		MvcResult sent = this.mvc
			.perform(post("/messages").param("category", "SCHEDULING")
				.param("body", "Can we move Thursday?")
				.with(signedIn(this.client)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/messages/*"))
			.andReturn();
		String path = sent.getResponse().getRedirectedUrl();

		String list = page(this.therapist, "/messages");
		assertThat(list).contains("Test client").contains("Respond by Monday 14 December, 13:00").contains(path);
		assertThat(page(this.therapist, path)).contains("Can we move Thursday?");
		this.mvc.perform(post(path + "/reply").param("body", "Yes, Friday at 10.").with(signedIn(this.therapist)))
			.andExpect(status().is3xxRedirection());
		assertThat(page(this.client, "/messages")).contains("New reply");
		assertThat(page(this.client, path)).contains("Yes, Friday at 10.").contains("Read Saturday 12 December");
		assertThat(page(this.therapist, path)).contains("Read Saturday 12 December, 11:00");
	}

	@Test
	void aMessageNotAgreedIsKeptAndTheClientIsToldKindlyWithALink() throws Exception {
		MvcResult kept = this.mvc
			.perform(post("/messages").param("category", "SCHEDULING")
				.param("body", "Can we move Thursday?")
				.with(signedIn(this.client)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("kept"))
			.andReturn();
		Sent sent = (Sent) kept.getFlashMap().get("kept");
		assertThat(sent.reason()).isEqualTo(Sent.KeptReason.NO_AGREEMENT);

		// (The notice itself is looked at in MessagesBrowserTest, which follows the
		// redirect.)
		assertThat(page(this.client, "/journal/" + sent.journalEntryId())).contains("Can we move Thursday?");
	}

	@Test
	void formErrorsStayOnThePage() throws Exception {
		agree(List.of("SCHEDULING"));

		String html = this.mvc
			.perform(post("/messages").param("category", "SCHEDULING").param("body", " ").with(signedIn(this.client)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("data-testid=\"error-summary\"").contains("Please write your message.");
	}

	@Test
	void anotherPersonsThreadIsA404() throws Exception {
		agree(List.of("SCHEDULING"));
		String path = this.mvc.perform(
				post("/messages").param("category", "SCHEDULING").param("body", "Hello").with(signedIn(this.client)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Signed stranger = client();
		Signed otherTherapist = therapistWithTotp();

		this.mvc.perform(get(path).with(signedIn(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get(path).with(signedIn(otherTherapist))).andExpect(status().isNotFound());
		this.mvc.perform(post(path + "/reply").param("body", "x").with(signedIn(otherTherapist)))
			.andExpect(status().isNotFound());
	}

}
