package org.between.contact;

import java.time.LocalDate;

import org.between.support.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages: the therapist proposes on {@code /clients/{id}/agreement} (problems on the
 * form, the form filled from the agreement in force), the client answers on
 * {@code /agreement} after reading what a risk e-mail means, links from
 * {@code /sessions}, {@code /account} and the client's page, the home cards; anyone else
 * gets 404.
 */
class ContactPagesTests extends WebTest {

	Signed therapist;

	Signed client;

	@BeforeEach
	void pair() throws Exception {
		this.therapist = therapistWithTotp();
		this.client = client();
		link(this.therapist, this.client);
	}

	MockHttpServletRequestBuilder proposal(Signed who, String hours, String crisis, String... categories) {
		MockHttpServletRequestBuilder post = post("/clients/{id}/agreement", this.client.id()).with(signedIn(who))
			.param("responseTimeHours", hours)
			.param("readingDays", "MONDAY", "WEDNESDAY", "FRIDAY")
			.param("readingFrom", "10:00")
			.param("readingTo", "16:00")
			.param("crisisInstructions", crisis)
			.param("duringAbsences", "Dr Lee covers.")
			.param("reviewDate", LocalDate.now().plusMonths(3).toString())
			.param("riskEmailAlerts", "true")
			.param("_allowedCategories", "on")
			.param("_readingDays", "on");
		return categories.length > 0 ? post.param("allowedCategories", categories) : post;
	}

	@Test
	void theTherapistProposesOnTheClientsPageAndSeesProblemsOnTheForm() throws Exception {
		String clientPage = page(this.therapist, "/clients/" + this.client.id());
		assertThat(clientPage).contains("href=\"/clients/" + this.client.id() + "/agreement\"");
		String empty = page(this.therapist, "/clients/" + this.client.id() + "/agreement");
		assertThat(empty).contains("No agreement with Test client is in force yet.", "Propose an agreement",
				"value=\"48\"", "Times in your time zone (Europe/Vienna).");

		this.mvc.perform(proposal(this.therapist, "169", " ", "SCHEDULING"))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains(
					"Please check these fields", "Please give a response time from 1 to 168 hours (one week).",
					"Please write, in your own words, what your client can do in a crisis.",
					"href=\"#crisisInstructions\""));
		this.mvc.perform(proposal(this.therapist, "24", "Call the line.", "SCHEDULING").param("readingDays", ""))
			.andExpect(status().isOk());
		this.mvc
			.perform(proposal(this.therapist, "24", "Call the crisis line.\nI read messages later.", "SCHEDULING",
					"BRIEF_CHECKIN"))
			.andExpect(redirectedUrl("/clients/" + this.client.id() + "/agreement"))
			.andExpect(flash().attribute("proposalSent", true));

		String sent = page(this.therapist, "/clients/" + this.client.id() + "/agreement");
		assertThat(sent).contains("Your proposal", "Waiting for Test client&#39;s answer.",
				"Monday, Wednesday and Friday, 10:00 to 16:00 (Europe/Vienna time)",
				"Within 24 hours, counted only in those reading hours.", "A short message about how things are going");
	}

	@Test
	void theClientReadsWhatTheRiskEmailMeansAcceptsAndTheFormStartsFromIt() throws Exception {
		this.mvc.perform(proposal(this.therapist, "24", "Call the crisis line.", "SCHEDULING"))
			.andExpect(status().is3xxRedirection());
		assertThat(page(this.client, "/")).contains("Your therapist proposed a contact agreement",
				"href=\"/agreement\"");
		String proposal = page(this.client, "/agreement");
		assertThat(proposal).contains("Test therapist proposes a contact agreement",
				"What the e-mail to your therapist means, and what it does not",
				"It is not a crisis service and does not bring help to you.",
				"Your therapist reads it when they next look, within the hours you agreed: Monday, Wednesday and Friday, 10:00 to 16:00",
				"Accept this agreement", "Let&#39;s talk about it");
		String id = read(
				this.mvc.perform(get("/api/v1/contact-agreement").with(bearer(this.client.token()))).andReturn(),
				"$.proposed.id");

		this.mvc.perform(post("/agreement/{id}/accept", id).with(signedIn(this.client)))
			.andExpect(redirectedUrl("/agreement"))
			.andExpect(flash().attribute("accepted", true));
		assertThat(page(this.client, "/agreement")).contains("What you agreed", "Call the crisis line.")
			.doesNotContain("Accept this agreement");
		assertThat(page(this.client, "/")).doesNotContain("Your therapist proposed a contact agreement");

		String form = page(this.therapist, "/clients/" + this.client.id() + "/agreement");
		assertThat(form).contains("In force", "Propose a change", "value=\"24\"", "value=\"10:00\"",
				"Call the crisis line.</textarea>");
	}

	@Test
	void letsTalkAboutItOnThePageTellsTheClientWhereItWent() throws Exception {
		this.mvc.perform(proposal(this.therapist, "24", "Call the crisis line."))
			.andExpect(status().is3xxRedirection());
		String id = read(
				this.mvc.perform(get("/api/v1/contact-agreement").with(bearer(this.client.token()))).andReturn(),
				"$.proposed.id");
		this.mvc.perform(post("/agreement/{id}/discuss", id).with(signedIn(this.client)))
			.andExpect(redirectedUrl("/agreement"))
			.andExpect(flash().attribute("discussed", true));
		String page = page(this.client, "/agreement");
		assertThat(page)
			.contains("You asked to talk about it; it is on the agenda for your next session.",
					"See the note in your journal", "No contact between sessions.", "Accept this agreement")
			.doesNotContain("Let&#39;s talk about it</button>");
		assertThat(page(this.therapist, "/clients/" + this.client.id() + "/agreement"))
			.contains("Test client would like to talk about it.");
	}

	@Test
	void theLinksToThePageAreOnSessionsAndAccount() throws Exception {
		assertThat(page(this.client, "/sessions")).contains("href=\"/agreement\"");
		assertThat(page(this.client, "/account")).contains("Contact between sessions", "No contact agreement yet.",
				"href=\"/agreement\"");
		assertThat(page(this.client, "/agreement"))
			.contains("Test therapist has not proposed a contact agreement yet.");
		Signed alone = client();
		assertThat(page(alone, "/agreement")).contains("Once you link with your therapist");
		this.mvc.perform(get("/agreement").with(signedIn(this.therapist))).andExpect(redirectedUrl("/clients"));
	}

	@Test
	void anotherTherapistAndAClientGet404OnTheTherapistsPage() throws Exception {
		Signed other = therapistWithTotp();
		this.mvc.perform(get("/clients/{id}/agreement", this.client.id()).with(signedIn(other)))
			.andExpect(status().isNotFound());
		this.mvc.perform(proposal(other, "abc", "")).andExpect(status().isNotFound());
		this.mvc.perform(proposal(other, "24", "Call.", "SCHEDULING")).andExpect(status().isNotFound());
		this.mvc.perform(get("/clients/{id}/agreement", this.client.id()).with(signedIn(this.client)))
			.andExpect(status().isNotFound());
		this.mvc.perform(proposal(this.therapist, "24", "Call.")).andExpect(status().is3xxRedirection());
		String id = read(
				this.mvc.perform(get("/api/v1/contact-agreement").with(bearer(this.client.token()))).andReturn(),
				"$.proposed.id");
		Signed otherClient = client();
		this.mvc.perform(post("/agreement/{id}/accept", id).with(signedIn(otherClient)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/agreement/{id}/discuss", id).with(signedIn(otherClient)))
			.andExpect(status().isNotFound());
		assertThat(page(this.client, "/agreement")).as("still open for its own client")
			.contains("Accept this agreement");
	}

}
