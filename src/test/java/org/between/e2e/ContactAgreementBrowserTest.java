package org.between.e2e;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The contact agreement in a real browser: the therapist proposes on the client's
 * agreement page (a problem first, then a good proposal with risk e-mails), the client
 * finds it from their home page, reads what the risk e-mail means and accepts; the
 * therapist sees it in force. A check-in that leads to the safety screen then says that
 * the therapist was sent a short e-mail, and the therapist's page lists it. Screenshots
 * of both pages at 390 and 1280 px; axe on each.
 */
class ContactAgreementBrowserTest extends ClientBrowserTest {

	@Test
	void theTherapistProposesAndTheClientAccepts() {
		Therapist therapist = enrolledTherapist();
		Client client = signedInClient();
		link(client, therapist);
		String clientId = ownId(client.page());
		List<String> problems = new ArrayList<>();

		Page page = therapist.page();
		page.navigate("/clients/" + clientId);
		page.getByTestId("client-agreement-link").click();
		assertThat(page).hasURL(baseUrlPattern("/clients/" + clientId + "/agreement"));
		assertThat(page.getByTestId("no-active")).isVisible();
		screenshots(page, "contact-therapist-empty");
		axe(page, "/clients/{id}/agreement (empty)", problems);

		// A problem first: no words for a crisis.
		page.getByLabel("A short message about how things are going").check();
		page.locator("#responseTimeHours").fill("24");
		button(page, "Send the proposal").click();
		assertThat(page.getByTestId("error-summary")).containsText("what your client can do in a crisis");
		assertThat(page.getByTestId("crisisInstructions-error")).isVisible();
		screenshots(page, "contact-therapist-problem");
		axe(page, "/clients/{id}/agreement (problem)", problems);

		page.locator("#crisisInstructions")
			.fill("Call the Samaritans on 116 123, any time.\nIf you are in danger, call 999.");
		page.locator("#duringAbsences").fill("Dr Lee covers; her number is in my absence note.");
		page.getByLabel("E-mail me when an answer leads to the safety screen").check();
		button(page, "Send the proposal").click();
		assertThat(page.getByTestId("proposed-notice")).containsText(client.name() + " will see your proposal");
		assertThat(page.getByTestId("proposal-status")).hasText("Waiting for " + client.name() + "'s answer.");

		// The client finds it from home, reads what the e-mail means, and accepts.
		Page clientPage = client.page();
		clientPage.navigate("/");
		Locator card = clientPage.getByTestId("agreement-card");
		assertThat(card).containsText("Your therapist proposed a contact agreement");
		card.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Your contact agreement")).click();
		assertThat(clientPage).hasURL(baseUrlPattern("/agreement"));
		Locator proposal = clientPage.getByTestId("proposal");
		assertThat(proposal).containsText(therapist.name() + " proposes a contact agreement");
		assertThat(proposal.getByTestId("crisis-instructions")).containsText("Call the Samaritans on 116 123");
		assertThat(proposal.getByTestId("risk-email-meaning")).containsText("It is not a crisis service");
		assertThat(proposal.getByTestId("hours")).hasText("Monday to Friday, 09:00 to 17:00 (Europe/London time)");
		screenshots(clientPage, "contact-client-proposal");
		axe(clientPage, "/agreement (proposal)", problems);
		button(clientPage, "Accept this agreement").click();
		assertThat(clientPage.getByTestId("accepted")).hasText("Thank you. This agreement is in force from now.");
		assertThat(clientPage.getByTestId("active")).containsText("A short message about how things are going");
		assertThat(clientPage.getByTestId("proposal")).hasCount(0);
		screenshots(clientPage, "contact-client-active");
		axe(clientPage, "/agreement (in force)", problems);

		// A check-in that leads to the safety screen: the screen says the therapist was
		// told.
		clientPage.navigate("/checkin");
		clientPage.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Mood").setExact(true))
			.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("3").setExact(true))
			.click();
		clientPage.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Distress").setExact(true))
			.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("7").setExact(true))
			.click();
		clientPage.locator("#urge-SUICIDAL_THOUGHTS")
			.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("2").setExact(true))
			.click();
		button(clientPage, "Save").click();
		assertThat(clientPage).hasURL(baseUrlPattern("/safety/now?reason=SUICIDAL_THOUGHTS&alerted=true"));
		assertThat(clientPage.getByTestId("therapist-alerted"))
			.hasText("Your therapist was sent a short e-mail that something here needs their attention. "
					+ "They will read it when they next look — this is not a crisis service.");
		assertThat(clientPage.getByTestId("not-watched")).not().containsText("not alerted");
		screenshots(clientPage, "contact-safety-now-alerted");
		axe(clientPage, "/safety/now (alerted)", problems);

		page.navigate("/clients/" + clientId + "/agreement");
		assertThat(page.getByTestId("alerts"))
			.containsText("An answer of " + client.name() + "'s led to their safety screen");
		assertThat(page.getByTestId("active")).containsText("Within 24 hours, counted only in those reading hours.");
		assertThat(page.locator("#responseTimeHours")).hasValue("24");
		screenshots(page, "contact-therapist-active");
		axe(page, "/clients/{id}/agreement (in force)", problems);
		org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
	}

}
