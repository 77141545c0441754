package org.between.policy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.between.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /frame} and {@code /policy} in plain HTML: publishing with form errors and the
 * notice rule, the client's plain words, acknowledging, a client's fee, the home card and
 * links.
 */
class PolicyPagesTests extends WebTest {

	static final ZoneId ZONE = ZoneId.of("Europe/Vienna");

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZONE);
	}

	MockHttpServletRequestBuilder publish(Signed therapist, String fee, String late, String hours, String from) {
		return post("/frame").with(signedIn(therapist))
			.param("feePerSession", fee)
			.param("currency", "EUR")
			.param("cancellationNoticeHours", hours)
			.param("lateCancellationFee", late)
			.param("holdSlotOnCancellation", "true")
			.param("makeUp", "WHEN_AVAILABLE")
			.param("slidingScaleNote", "<b>Ask</b> me about a reduced fee.")
			.param("effectiveFrom", from);
	}

	@Test
	void theTherapistPublishesAndSeesTheRuleExplained() throws Exception {
		Signed therapist = therapistWithTotp();
		this.mvc.perform(get("/").with(signedIn(therapist)))
			.andExpect(content().string(containsString("href=\"/frame\"")));
		this.mvc.perform(get("/frame").with(signedIn(therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write your policy")))
			.andExpect(content().string(containsString("No policy yet.")));
		this.mvc.perform(publish(therapist, "abc", "-1", "400", "yesterday"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please check these fields")))
			.andExpect(content().string(containsString("Please enter an amount from 0 to 100000")))
			.andExpect(content().string(containsString("Please enter a date such as")));
		this.mvc.perform(publish(therapist, "80", "60", "48", ""))
			.andExpect(redirectedUrl("/frame"))
			.andExpect(flash().attributeExists("published"));
		this.mvc.perform(get("/frame").with(signedIn(therapist)))
			.andExpect(content().string(containsString("Version 1, in force since")))
			.andExpect(content()
				.string(containsString("If you cancel less than 48 hours before a session, the fee is 60.00 EUR.")))
			.andExpect(content().string(containsString("&lt;b&gt;Ask&lt;/b&gt;")))
			.andExpect(content().string(containsString(DAY.format(today().plusDays(30)))))
			.andExpect(content().string(containsString("value=\"80.00\"")));

		this.mvc.perform(publish(therapist, "90.00", "60.00", "48", today().plusDays(29).toString()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("The earliest date for this change is " + DAY.format(today().plusDays(30)))));
		this.mvc.perform(publish(therapist, "90.00", "60.00", "48", today().plusDays(30).toString()))
			.andExpect(redirectedUrl("/frame"));
		this.mvc.perform(get("/frame").with(signedIn(therapist)))
			.andExpect(content().string(containsString("Coming changes")))
			.andExpect(content().string(containsString("Fee per session: 90.00 EUR instead of 80.00 EUR")));
	}

	@Test
	void theClientReadsThePolicyInPlainWordsAndSaysSo() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		this.mvc.perform(get("/").with(signedIn(client)))
			.andExpect(content().string(containsString("href=\"/policy\"")))
			.andExpect(content().string(not(containsString("data-testid=\"policy-card\""))));
		this.mvc.perform(publish(therapist, "80", "60", "48", "")).andExpect(redirectedUrl("/frame"));
		this.mvc.perform(get("/").with(signedIn(client)))
			.andExpect(content().string(containsString("data-testid=\"policy-card\"")))
			.andExpect(content().string(containsString("Read the policy")));
		this.mvc.perform(get("/policy").with(signedIn(client)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("If you cancel less than 48 hours before a session, the fee is 60.00 EUR.")))
			.andExpect(content().string(containsString("A session costs 80.00 EUR.")))
			.andExpect(content().string(containsString("I have read this")));
		this.mvc.perform(post("/policy/1/acknowledge").with(signedIn(client)))
			.andExpect(redirectedUrl("/policy"))
			.andExpect(flash().attributeExists("acknowledged"));
		this.mvc.perform(get("/policy").with(signedIn(client)))
			.andExpect(content().string(containsString("You said you read this on")))
			.andExpect(content().string(containsString("Version 1, read on")))
			.andExpect(content().string(not(containsString("aria-label=\"I have read this: version 1\""))));
		this.mvc.perform(get("/").with(signedIn(client)))
			.andExpect(content().string(not(containsString("data-testid=\"policy-card\""))));

		// a change announced ahead: the card names the day, the page says what changes
		this.mvc.perform(publish(therapist, "90", "60", "72", today().plusDays(30).toString()))
			.andExpect(redirectedUrl("/frame"));
		this.mvc.perform(get("/").with(signedIn(client)))
			.andExpect(
					content().string(containsString("practice policy changes on " + DAY.format(today().plusDays(30)))));
		this.mvc.perform(get("/policy").with(signedIn(client)))
			.andExpect(content()
				.string(containsString("From " + DAY.format(today().plusDays(30)) + ", the policy changes")))
			.andExpect(content().string(containsString("Fee per session: 90.00 EUR instead of 80.00 EUR")))
			.andExpect(content().string(containsString("Notice for cancelling: 72 hours instead of 48")));
		this.mvc.perform(get("/frame").with(signedIn(therapist)))
			.andExpect(content().string(containsString(client.account().displayName())));
	}

	@Test
	void pagesForTheOtherRoleAndForNobody() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed unlinked = client();
		this.mvc.perform(get("/policy").with(signedIn(unlinked)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Once you link with your therapist")));
		this.mvc.perform(get("/policy").with(signedIn(therapist))).andExpect(redirectedUrl("/frame"));
		this.mvc.perform(get("/frame").with(signedIn(unlinked))).andExpect(redirectedUrl("/policy"));
		this.mvc.perform(post("/policy/1/acknowledge").with(signedIn(unlinked))).andExpect(status().isNotFound());
		this.mvc.perform(get("/frame/clients/{id}", unlinked.id()).with(signedIn(therapist)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/frame")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aFeeForOneClient() throws Exception {
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		Signed other = therapistWithTotp();
		this.mvc.perform(get("/clients/{id}", client.id()).with(signedIn(therapist)))
			.andExpect(content().string(containsString("/frame/clients/" + client.id())));
		this.mvc.perform(get("/frame/clients/{id}", client.id()).with(signedIn(therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Once you publish a policy")));
		this.mvc.perform(publish(therapist, "80", "60", "48", "")).andExpect(redirectedUrl("/frame"));
		this.mvc
			.perform(post("/frame/clients/{id}/fee", client.id()).with(signedIn(therapist))
				.param("feePerSession", "55,50")
				.param("effectiveFrom", "")
				.param("note", "After the job loss"))
			.andExpect(redirectedUrl("/frame/clients/" + client.id()));
		this.mvc.perform(get("/frame/clients/{id}", client.id()).with(signedIn(therapist)))
			.andExpect(content().string(containsString("Their fee per session now: 55.50 EUR.")))
			.andExpect(content().string(containsString("After the job loss")));
		this.mvc
			.perform(post("/frame/clients/{id}/fee", client.id()).with(signedIn(therapist))
				.param("feePerSession", "70")
				.param("effectiveFrom", today().plusDays(3).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The earliest date for a higher fee is")));
		this.mvc
			.perform(post("/frame/clients/{id}/fee", client.id()).with(signedIn(other)).param("feePerSession", "10"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/policy").with(signedIn(client)))
			.andExpect(
					content().string(containsString("Your fee per session is 55.50 EUR (the standard fee is 80.00).")));
	}

}
