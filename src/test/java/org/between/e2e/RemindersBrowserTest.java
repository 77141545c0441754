package org.between.e2e;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ViewportSize;
import org.junit.jupiter.api.Test;

import org.between.accounts.CurrentUser;
import org.between.accounts.Role;
import org.between.reminders.ReminderPreferences;
import org.between.reminders.ReminderType;
import org.between.reminders.Reminders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders in a browser: the "E-mail reminders" section of /account (all off, a problem
 * at its field, saved), and the unsubscribe page of an e-mail's link opened without
 * signing in. axe on each; screenshots of the section and the pages at 390 and 1280.
 */
class RemindersBrowserTest extends ClientBrowserTest {

	@Autowired
	Reminders reminders;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aClientTurnsOnAppointmentRemindersOnTheAccountPage() {
		List<String> problems = new ArrayList<>();
		Client client = signedInClient();
		Page page = client.page();
		page.navigate("/account#reminders");
		Locator section = page.locator("#reminders");
		assertThat(section).containsText("Between sends you no reminders unless you turn them on here.");
		assertThat(page.getByLabel("Before an appointment")).not().isChecked();
		assertThat(page.getByLabel("When a questionnaire your therapist asked for is ready")).not().isChecked();
		assertThat(page.getByLabel("From", new Page.GetByLabelOptions().setExact(true))).hasValue("21:00");
		assertThat(page.getByLabel("Until")).hasValue("08:00");
		axe(page, "/account (reminders, all off)", problems);
		sectionShots(section, "account-reminders");

		page.getByLabel("Before an appointment").check();
		page.getByLabel("How long before").fill("100");
		button(page, "Save my reminders").click();
		assertThat(section.getByTestId("error-summary")).containsText("Please choose from 1 to 72 hours.");
		assertThat(page.getByTestId("reminders-hoursBefore-error")).hasText("Please choose from 1 to 72 hours.");
		assertThat(page.getByLabel("How long before")).hasValue("100");
		assertThat(page.getByLabel("Before an appointment")).isChecked();
		axe(page, "/account (reminders, a problem)", problems);
		sectionShots(section, "account-reminders-problem");

		page.getByLabel("How long before").fill("3");
		button(page, "Save my reminders").click();
		assertThat(page.getByTestId("reminders-saved")).hasText("Your reminders are saved.");
		assertThat(page.getByLabel("Before an appointment")).isChecked();
		assertThat(page.getByLabel("How long before")).hasValue("3");
		ReminderPreferences saved = this.reminders.preferences(client.user());
		assertThat(saved.sessionReminder().enabled()).isTrue();
		assertThat(saved.sessionReminder().hoursBefore()).isEqualTo(3);
		assertThat(saved.measureDue().enabled()).isFalse();
		sectionShots(section, "account-reminders-saved");
		screenshots(page, "account-reminders-page");
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	@Test
	void theLinkInAReminderStopsItWithoutSigningIn() {
		List<String> problems = new ArrayList<>();
		CurrentUser person = account(Role.CLIENT, "Sam " + UUID.randomUUID().toString().substring(0, 6),
				uniqueEmail("client"));
		this.reminders.change(person,
				ReminderPreferences.DEFAULT.with(ReminderType.SESSION, true).with(ReminderType.MEASURE_DUE, true));
		String token = tokenFor(person, ReminderType.SESSION);

		Page page = newPage();
		page.navigate("/notifications/unsubscribe/" + token);
		assertThat(greeting(page)).hasText("Stop these reminders?");
		assertThat(page.locator("main")).containsText("This link stops the e-mail reminders before appointments.");
		axe(page, "/notifications/unsubscribe/{token}", problems);
		screenshots(page, "reminders-unsubscribe");

		button(page, "Stop these reminders").click();
		assertThat(greeting(page)).hasText("Reminders stopped");
		assertThat(page.getByTestId("unsubscribed"))
			.hasText("You will get no more e-mail reminders before appointments.");
		axe(page, "/notifications/unsubscribe/{token} (done)", problems);
		screenshots(page, "reminders-unsubscribed");
		ReminderPreferences after = this.reminders.preferences(person);
		assertThat(after.sessionReminder().enabled()).isFalse();
		assertThat(after.measureDue().enabled()).isTrue();

		page.navigate("/notifications/unsubscribe/" + "x".repeat(43));
		assertThat(greeting(page)).hasText("This link does not work");
		axe(page, "/notifications/unsubscribe/{unknown}", problems);
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	/** The section alone at phone and desktop width, to look at. */
	private static void sectionShots(Locator section, String name) {
		Page page = section.page();
		ViewportSize before = page.viewportSize();
		for (ViewportSize size : SIZES) {
			page.setViewportSize(size.width, size.height);
			section.screenshot(new Locator.ScreenshotOptions()
				.setPath(SCREENSHOTS.resolve(name + "-" + size.width + "x" + size.height + ".png")));
		}
		page.setViewportSize(before.width, before.height);
	}

	/**
	 * A token as a reminder e-mail carries it: only its SHA-256 is stored (the
	 * scheduler's way to make one is the module's own; here the row is written as it
	 * would).
	 */
	private String tokenFor(CurrentUser person, ReminderType type) {
		String token = UUID.randomUUID().toString().replace("-", "") + "abcdefghijk";
		this.jdbc.update(
				"insert into reminders_unsubscribe (token_hash, user_id, type, created_at) values (?, ?, ?, ?)",
				sha256(token), person.id(), type.name(), java.sql.Timestamp.from(Instant.now()));
		return token;
	}

	private static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
