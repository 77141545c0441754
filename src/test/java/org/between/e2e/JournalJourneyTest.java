package org.between.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The container: a client writes an entry and shares it, the therapist reads it, and the
 * client sees the read receipt on the entry.
 */
class JournalJourneyTest extends ClientBrowserTest {

	@Test
	void aSharedEntryIsReadByTheTherapistAndTheClientSeesTheReceipt() {
		Therapist therapist = enrolledTherapist();
		Client client = signedInClient();
		link(client, therapist);
		Page page = client.page();
		List<String> problems = new ArrayList<>();

		page.navigate("/journal/new");
		page.locator("#title").fill("Before Thursday");
		page.locator("#body").fill("I want to talk about the holidays. 🌊 <script>alert(1)</script>");
		page.locator("label[for='intensity-6']").click();
		page.locator("input[name=shareWithTherapist]").check();
		page.locator("input[name=bringToSession]").check();
		axe(page, "/journal/new", problems);
		screenshots(page, "journal-write");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page).hasURL(Pattern.compile("/journal/[0-9a-f-]{36}.*"));
		String entryPath = page.url().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
		String entryId = entryPath.substring(entryPath.lastIndexOf('/') + 1);
		assertThat(page.getByText("<script>alert(1)</script>", new Page.GetByTextOptions().setExact(false)))
			.isVisible();
		assertThat(page.getByTestId("journal-reads")).not().isVisible();

		String clientId = ownId(page);
		Page therapistPage = therapist.page();
		therapistPage.navigate("/clients/" + clientId + "/journal");
		assertThat(therapistPage.getByTestId("journal-entries").getByText("Before Thursday")).isVisible();
		assertThat(therapistPage.getByTestId("journal-agenda").getByText("Before Thursday")).isVisible();
		therapistPage.navigate("/clients/" + clientId + "/journal/" + entryId);
		assertThat(therapistPage.getByText("I want to talk about the holidays.",
				new Page.GetByTextOptions().setExact(false)))
			.isVisible();
		axe(therapistPage, "/clients/{id}/journal/{entry}", problems);

		page.navigate(entryPath);
		assertThat(page.getByTestId("journal-reads")).containsText("Read by " + therapist.name());
		axe(page, "/journal/{entry}", problems);
		screenshots(page, "journal-entry");
		page.navigate("/journal");
		axe(page, "/journal", problems);
		screenshots(page, "journal");

		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

}
