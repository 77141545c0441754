package org.between.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.between.toolbox.Toolbox;
import org.between.toolbox.Toolbox.NewPractice;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's portfolio in a real browser: the therapist writes their letter on
 * {@code /clients/{id}/portfolio} (from the client's page); the client opens
 * {@code /ending/portfolio} (from their home page), finds the letter and the skills that
 * helped them pre-filled with their own numbers, fills every section, shares it and
 * downloads the PDF, whose text holds every section; the therapist then reads what the
 * client shared, and the read is on the client's access log. Screenshots at 390 and 1280
 * px; axe on each page.
 */
class PortfolioBrowserTest extends ClientBrowserTest {

	/** Paced breathing, a built-in skill. */
	private static final UUID BREATHING = UUID.fromString("423b309d-f53b-4253-a2e2-ad54855b7b66");

	@Autowired
	Toolbox toolbox;

	@Test
	void theTherapistWritesTheLetterAndTheClientFillsTheirPortfolioAndKeepsItAsAPdf() throws IOException {
		List<String> problems = new ArrayList<>();
		Therapist ana = enrolledTherapist();
		Client client = signedInClient();
		link(client, ana);
		writePlan(client.page(), Plan.sample(false));
		this.toolbox.practise(client.user(), BREATHING, new NewPractice(7, 4, null, 10, null));
		this.toolbox.practise(client.user(), BREATHING, new NewPractice(6, 4, null, 10, null));

		Page t = ana.page();
		t.navigate("/clients/" + client.user().id());
		t.getByTestId("client-portfolio-link").click();
		assertThat(t.getByTestId("portfolio-private")).containsText(client.name() + " has not shared");
		t.getByLabel("Your letter to " + client.name())
			.fill("Dear " + client.name() + ",\n\nYou learned to notice the first signs early. Trust that.");
		button(t, "Save the letter").click();
		assertThat(t.getByTestId("letter-saved")).isVisible();
		axe(t, "/clients/{id}/portfolio (letter)", problems);
		screenshots(t, "portfolio-therapist-letter");

		Page c = client.page();
		c.navigate("/");
		c.getByTestId("portfolio-link").click();
		assertThat(c.getByTestId("portfolio-letter")).containsText("You learned to notice the first signs early.");
		assertThat(c.getByTestId("portfolio-letter")).containsText("A letter from " + ana.name());
		assertThat(c.locator("#skillsThatWork")).hasValue("Paced breathing");
		assertThat(c.getByTestId("skill-numbers")).containsText("Tried 2 times.");
		assertThat(c.getByTestId("skill-numbers")).containsText("Distress went down by about 2.5 on average.");
		assertThat(c.getByTestId("portfolio-safety-plan")).containsText("I stop answering messages");
		axe(c, "/ending/portfolio (new)", problems);
		screenshots(c, "portfolio-new");

		c.locator("#skillsThatWork").fill("Paced breathing\nWalk round the park");
		c.locator("#insights").fill("A feeling passes if I let it.\nAsking for help is a skill too.");
		c.locator("#relapseSigns").fill("I cancel plans with Jo\nI stop cooking");
		c.locator("#whatToDo").fill("Tell Jo the same day\nGo back to my safety plan");
		c.locator("#howToComeBack").fill("Write to the practice on info@example.org and ask for a first talk.");
		c.getByLabel("Let " + ana.name() + " read my portfolio").check();
		button(c, "Save my portfolio").click();
		assertThat(c.getByTestId("portfolio-saved")).isVisible();
		assertThat(c.locator("#whatToDo")).hasValue("Tell Jo the same day\nGo back to my safety plan");
		assertThat((Boolean) c.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
			.as("nothing wider than the phone")
			.isTrue();
		axe(c, "/ending/portfolio (saved)", problems);
		screenshots(c, "portfolio");

		Download download = c.waitForDownload(() -> c.getByTestId("portfolio-pdf").click());
		assertThat(download.suggestedFilename()).isEqualTo("my-portfolio.pdf");
		String text;
		try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
			text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
		assertThat(text).contains("The skills that work for me", "Paced breathing", "Tried 2 times.",
				"Walk round the park", "What I learned", "A feeling passes if I let it.",
				"Signs that things are slipping", "I cancel plans with Jo", "What I will do then",
				"Tell Jo the same day", "How to come back", "info@example.org", "My safety plan",
				"I stop answering messages", "07700 900123", "A letter from " + ana.name(),
				"You learned to notice the first signs early.");

		t.reload();
		assertThat(t.getByTestId("portfolio-shared")).containsText("Tell Jo the same day");
		assertThat(t.getByTestId("portfolio-shared")).containsText("info@example.org");
		axe(t, "/clients/{id}/portfolio (shared)", problems);
		screenshots(t, "portfolio-therapist-shared");

		c.navigate("/account");
		assertThat(c.locator("#access")).containsText("Your therapist read the portfolio you share with them");
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

}
