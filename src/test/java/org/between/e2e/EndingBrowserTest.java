package org.between.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.between.endings.Endings;
import org.between.sessions.Sessions;
import org.between.sessions.Sessions.StandingRequest;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A planned ending in a real browser: the therapist proposes it on the client's ending
 * page and records a referral, the client sees it on their home page with the sessions
 * left and on /ending, asks to talk about it and moves the referral on; the last sessions
 * are marked on the client's sessions page; the therapist sees that the client asked.
 * Then the portfolio: the therapist writes the letter, the client fills and shares it and
 * keeps it as a PDF, the therapist reads what is shared. After the last day the link
 * ends: the therapist's pages for the client answer 404, the client keeps the ending's
 * words, the referral and the portfolio. Screenshots at both sizes and no axe-core
 * violations on each page.
 */
class EndingBrowserTest extends ClientBrowserTest {

	@Autowired
	Sessions sessions;

	@Autowired
	Clock clock;

	@Autowired
	BrowserClock browserClock;

	@Autowired
	Endings endings;

	@Test
	void aTherapistProposesAnEndingAndTheClientSeesItAndAsksToTalkAboutIt() throws IOException {
		Therapist therapist = enrolledTherapist();
		Client client = signedInClient();
		link(client, therapist);
		ZoneId zone = therapist.user().zone();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		DayOfWeek weekday = today.plusDays(1).getDayOfWeek();
		this.sessions.standing(therapist.user(), client.user().id(),
				new StandingRequest(weekday, "10:00", 50, 1, today.plusDays(1), null, null));
		List<String> problems = new ArrayList<>();

		Page t = therapist.page();
		t.navigate("/clients/" + client.user().id());
		t.getByTestId("client-ending-link").click();
		assertThat(t.locator("h1")).containsText("Ending with");
		axe(t, "/clients/{id}/ending (empty)", problems);
		t.locator("#lastSessionDate").fill(today.plusDays(27).toString());
		t.locator("#reason").fill("We have done good work together, and you are ready to carry it on yourself.");
		button(t, "Propose this ending").click();
		assertThat(t.getByTestId("lastSessionDate-error")).containsText("the earliest last session is");
		axe(t, "/clients/{id}/ending (too little notice)", problems);
		t.locator("#lastSessionDate").fill(today.plusDays(28).toString());
		button(t, "Propose this ending").click();
		assertThat(t.getByTestId("done")).containsText("The ending is proposed");
		assertThat(t.getByTestId("ending-day")).containsText("4 sessions left");
		t.locator("#ref-name").fill("Dr Rosa Lee");
		t.locator("#ref-contact").fill("020 7946 0000");
		t.locator("#ref-note").fill("She works with people who carry a lot on their own.");
		button(t, "Add referral").click();
		assertThat(t.getByTestId("referral")).containsText("Dr Rosa Lee");
		axe(t, "/clients/{id}/ending", problems);
		screenshots(t, "ending-therapist");

		Page c = client.page();
		c.navigate("/");
		assertThat(c.getByTestId("ending-card")).containsText("coming to an end");
		assertThat(c.getByTestId("ending-card-left")).hasText("4 sessions are left until then.");
		axe(c, "/ (client, ending proposed)", problems);
		screenshots(c, "ending-client-home");
		c.getByTestId("ending-card-link").click();
		assertThat(c.getByTestId("ending-reason")).containsText("ready to carry it on");
		assertThat(c.getByTestId("ending-portfolio")).hasAttribute("href", "/ending/portfolio");
		c.getByTestId("ending-discuss").click();
		assertThat(c.getByTestId("ending-discuss-asked")).isVisible();
		c.getByTestId("referral-status-select").selectOption("CONTACTED");
		c.getByTestId("referral-move").click();
		assertThat(c.getByTestId("referral-status")).hasText("Contacted");
		axe(c, "/ending", problems);
		screenshots(c, "ending-client");

		c.navigate("/sessions");
		assertThat(c.getByTestId("session-mark").first()).containsText("before the ending");
		axe(c, "/sessions (last sessions marked)", problems);
		screenshots(c, "ending-client-sessions");

		t.reload();
		assertThat(t.getByTestId("ending-discuss-asked")).isVisible();
		assertThat(t.getByTestId("referral-status")).hasText("Contacted");
		t.navigate("/");
		assertThat(t.getByTestId("referrals-card")).containsText(client.name());

		// the portfolio, built together over the last sessions
		t.navigate("/clients/" + client.user().id());
		t.getByTestId("client-portfolio-link").click();
		t.getByLabel("Your letter to " + client.name())
			.fill("Dear " + client.name() + ",\n\nYou learned to slow down before you answer. Keep that.");
		button(t, "Save the letter").click();
		assertThat(t.getByTestId("letter-saved")).isVisible();
		c.navigate("/ending");
		c.getByTestId("referral-visible").click();
		assertThat(c.getByTestId("done")).isVisible();
		c.getByTestId("ending-portfolio").click();
		assertThat(c.getByTestId("portfolio-letter")).containsText("You learned to slow down");
		c.locator("#howToComeBack").fill("Write to the practice and ask for a first talk.");
		c.getByLabel("Let " + therapist.name() + " read my portfolio").check();
		button(c, "Save my portfolio").click();
		assertThat(c.getByTestId("portfolio-saved")).isVisible();
		Download download = c.waitForDownload(() -> c.getByTestId("portfolio-pdf").click());
		String text;
		try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
			text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
		assertThat(text).contains("How to come back", "ask for a first talk", "A letter from " + therapist.name(),
				"You learned to slow down");
		t.reload();
		assertThat(t.getByTestId("portfolio-shared")).containsText("ask for a first talk");

		// after the last day the link ends (the clock moved on for the hourly round only)
		this.browserClock.advance(Duration.ofDays(30));
		try {
			this.endings.closeDue();
		}
		finally {
			this.browserClock.reset();
		}
		assertThat(t.navigate("/clients/" + client.user().id() + "/ending").status()).isEqualTo(404);
		assertThat(t.navigate("/clients/" + client.user().id() + "/portfolio").status()).isEqualTo(404);
		t.navigate("/referrals");
		assertThat(t.getByTestId("referral-former")).containsText(client.name());
		assertThat(t.getByTestId("referral-former")).containsText("Contacted");
		assertThat(t.locator("#former")).not().containsText("Dr Rosa Lee");
		axe(t, "/referrals (after the ending)", problems);
		screenshots(t, "ending-therapist-referrals-after");
		c.navigate("/ending");
		assertThat(c.getByTestId("ending-closed")).containsText("no longer sees any of it");
		assertThat(c.getByTestId("referral")).containsText("Dr Rosa Lee");
		axe(c, "/ending (after the ending)", problems);
		screenshots(c, "ending-client-after");
		c.getByTestId("ending-portfolio").click();
		assertThat(c.getByTestId("portfolio-letter")).containsText("You learned to slow down");

		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

}
