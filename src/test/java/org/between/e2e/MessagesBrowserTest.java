package org.between.e2e;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Secure messages in a real browser: the therapist proposes an agreement with scheduling
 * messages only, the client accepts, sends an agreed message (it opens its thread with
 * the answer's due time) and an unagreed one through the thread (kept in the journal,
 * said kindly with a link, found there marked for the next session); the therapist reads
 * and replies. Screenshots of {@code /messages} for both at 390 and 1280 px; axe on each.
 */
class MessagesBrowserTest extends ClientBrowserTest {

	@Test
	void anAgreedMessageIsDeliveredAndAnUnagreedOneIsFoundInTheJournal() {
		Therapist therapist = enrolledTherapist();
		Client client = signedInClient();
		link(client, therapist);
		String clientId = ownId(client.page());
		List<String> problems = new ArrayList<>();

		Page page = therapist.page();
		page.navigate("/clients/" + clientId + "/agreement");
		page.getByLabel("Arranging, moving or cancelling a session").check();
		page.locator("#responseTimeHours").fill("24");
		page.locator("#crisisInstructions").fill("Call the Samaritans on 116 123, any time.");
		button(page, "Send the proposal").click();
		assertThat(page.getByTestId("proposed-notice")).isVisible();

		Page clientPage = client.page();
		clientPage.navigate("/messages");
		assertThat(clientPage.getByTestId("no-agreement")).isVisible();
		clientPage.navigate("/agreement");
		button(clientPage, "Accept this agreement").click();
		assertThat(clientPage.getByTestId("accepted")).isVisible();

		// The agreed message: only scheduling is offered.
		clientPage.navigate("/messages");
		assertThat(clientPage.locator("#category option")).hasCount(1);
		assertThat(clientPage.getByTestId("before-sending")).containsText("Messages are not watched around the clock");
		assertThat(clientPage.getByTestId("respond-by")).containsText("As agreed, an answer is due by");
		screenshots(clientPage, "messages-client-compose");
		axe(clientPage, "/messages (client)", problems);
		clientPage.locator("#body").fill("Could we move Thursday's session to Friday?");
		button(clientPage, "Send").click();
		assertThat(clientPage.getByTestId("sent")).containsText("Sent. As agreed, an answer is due by");
		assertThat(clientPage.getByTestId("message")).containsText("Could we move Thursday's session to Friday?");

		// The therapist reads and replies.
		page.navigate("/messages");
		assertThat(page.getByTestId("client-threads")).containsText(client.name());
		assertThat(page.getByTestId("respond-by")).containsText("Respond by");
		screenshots(page, "messages-therapist-list");
		axe(page, "/messages (therapist)", problems);
		page.getByTestId("thread").getByRole(AriaRole.LINK).first().click();
		assertThat(page.getByTestId("message")).containsText("Could we move Thursday's session to Friday?");
		page.locator("#body").fill("Friday at 10 works for me.");
		button(page, "Send reply").click();
		assertThat(page.getByTestId("replied")).isVisible();
		screenshots(page, "messages-therapist-thread");
		axe(page, "/messages/{id} (therapist)", problems);

		// The client reads the reply, then sends something that is not agreed: through
		// the
		// API it is a check-in message, which this agreement does not include.
		clientPage.navigate("/messages");
		assertThat(clientPage.getByTestId("new-reply")).isVisible();
		clientPage.getByTestId("thread").getByRole(AriaRole.LINK).first().click();
		assertThat(clientPage.getByTestId("message").nth(1)).containsText("Friday at 10 works for me.");
		screenshots(clientPage, "messages-client-thread");
		axe(clientPage, "/messages/{id} (client)", problems);

		clientPage.navigate("/messages");
		clientPage.evaluate("() => { const o = document.createElement('option'); o.value = 'BRIEF_CHECKIN'; "
				+ "o.text = 'check-in'; document.querySelector('#category').append(o); "
				+ "document.querySelector('#category').value = 'BRIEF_CHECKIN'; }");
		clientPage.locator("#body").fill("I had a hard night and want to tell you about it.");
		button(clientPage, "Send").click();
		assertThat(clientPage.getByTestId("kept")).containsText("Your message is kept safe");
		assertThat(clientPage.getByTestId("kept")).containsText("not part of your contact agreement");
		screenshots(clientPage, "messages-client-kept");
		axe(clientPage, "/messages (kept)", problems);
		clientPage.getByTestId("kept-link").click();
		assertThat(clientPage.locator("body")).containsText("I had a hard night and want to tell you about it.");
		clientPage.navigate("/journal?agenda=true");
		assertThat(clientPage.locator("body")).containsText("A message I wanted to send");
		org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
	}

}
