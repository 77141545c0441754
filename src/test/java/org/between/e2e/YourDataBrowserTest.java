package org.between.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Your data" in a real browser: download the export from /account and open the zip;
 * delete the account (signed out, sign-in refused) and restore it; axe and screenshots.
 */
class YourDataBrowserTest extends ClientBrowserTest {

	@Test
	void aClientDownloadsTheirDataThenDeletesAndRestoresTheAccount() throws Exception {
		Client client = signedInClient();
		Page page = client.page();
		List<String> problems = new ArrayList<>();

		page.navigate("/account#your-data");
		assertThat(page.locator("#your-data")).containsText("Download my data");
		axe(page, "/account (your data)", problems);
		screenshots(page, "account-your-data");
		Download download = page.waitForDownload(() -> page.getByTestId("export").click());
		Path zip = download.path();
		List<String> names = new ArrayList<>();
		String dataJson = null;
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				names.add(e.getName());
				if (e.getName().equals("data.json")) {
					dataJson = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				}
			}
		}
		assertThat(download.suggestedFilename()).matches("between-export-\\d{4}-\\d{2}-\\d{2}\\.zip");
		assertThat(names).containsExactly("data.json", "checkins.csv", "measures.fhir.json", "summary.pdf");
		assertThat(dataJson).contains(client.email(), "\"format\" : \"between-export\"");

		page.getByTestId("delete-link").click();
		assertThat(page).hasURL(baseUrlPattern("/account/delete"));
		// the deletion form drops a plan kept on this phone (issue 19), as the sign-out
		// form does
		assertThat(page.locator("form[data-forget-plan]:not([action$='/logout'])")).hasCount(1);
		axe(page, "/account/delete", problems);
		screenshots(page, "account-delete");
		page.locator("#password").fill("not the right password");
		page.getByTestId("delete-confirm").click();
		assertThat(page.getByTestId("error-summary")).containsText("That password is not right");
		axe(page, "/account/delete (wrong password)", problems);
		page.locator("#password").fill(PASSWORD);
		page.getByTestId("delete-confirm").click();
		assertThat(page.getByTestId("deleted")).containsText("Everything of yours will be erased after");
		axe(page, "deleted", problems);
		screenshots(page, "account-deleted");

		page.navigate("/account");
		assertThat(page).hasURL(baseUrlPattern("/login"));
		submitSignIn(page, client.email());
		assertThat(page.getByTestId("deleting")).containsText("waiting to be deleted");
		axe(page, "/login?deleting", problems);
		page.getByTestId("deleting").getByText("Restore it").click();
		assertThat(page).hasURL(baseUrlPattern("/restore"));
		page.locator("#email").fill(client.email());
		page.locator("#password").fill(PASSWORD);
		axe(page, "/restore", problems);
		screenshots(page, "restore");
		page.getByTestId("restore").click();
		assertThat(page.getByTestId("restored")).isVisible();
		signIn(page, client.email(), client.name());
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

}
