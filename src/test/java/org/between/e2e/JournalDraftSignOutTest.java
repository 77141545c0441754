package org.between.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journal draft stays on the device while writing (drafts.js) and is removed when the
 * person signs out on purpose, so that a shared computer keeps none of it.
 */
class JournalDraftSignOutTest extends ClientBrowserTest {

	private static final String HAS_DRAFT = "() => Object.keys(window.localStorage)"
			+ ".some((k) => k.startsWith('between.journal.draft.'))";

	@Test
	void signingOutRemovesTheDraftFromThisDevice() {
		Page page = signedInClient().page();
		page.navigate("/journal/new");
		page.locator("#body").fill("Something I do not want left on this computer");
		page.waitForFunction(HAS_DRAFT);
		button(page, "Sign out").click();
		page.waitForURL((url) -> !url.contains("/journal"));
		assertThat((Boolean) page.evaluate(HAS_DRAFT)).isFalse();
	}

}
