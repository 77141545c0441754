package org.between.e2e;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.between.accounts.ClientLinks.ColleagueRequest;
import org.between.accounts.CurrentUser;
import org.between.accounts.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time away in a real browser: the therapist announces a break with a colleague covering
 * on /absences, the client sees the card on their home page with the days, the cover, the
 * note and where to turn; the therapist opens the withdraw confirmation. Screenshots at
 * both sizes and no axe-core violations on each page.
 */
class AbsencesBrowserTest extends ClientBrowserTest {

	@Test
	void aTherapistAnnouncesTimeAwayWithACoverAndTheClientSeesTheCard() {
		Therapist therapist = enrolledTherapist();
		String colleagueEmail = uniqueEmail("colleague");
		CurrentUser colleague = account(Role.THERAPIST, "Dr Lee " + UUID.randomUUID().toString().substring(0, 4),
				colleagueEmail);
		this.links.addColleague(therapist.user(), new ColleagueRequest(colleagueEmail));
		Client client = signedInClient();
		link(client, therapist);
		LocalDate start = LocalDate.now(ZoneId.of("Europe/London")).plusDays(20);
		List<String> problems = new ArrayList<>();

		Page t = therapist.page();
		t.getByTestId("absences-link").click();
		axe(t, "/absences (empty)", problems);
		t.locator("#startDate").fill(start.toString());
		t.locator("#endDate").fill(start.plusDays(13).toString());
		t.locator("#coveringTherapistId").selectOption(colleague.id().toString());
		t.locator("#coverageNote").fill("Dr Lee answers on 020 7946 0000, weekdays 9 to 5.");
		t.locator("#messageToClients").fill("I'm here, and I look forward to seeing you when I'm back.");
		button(t, "Announce this time away").click();
		assertThat(t.getByTestId("announced")).containsText("It cancelled no sessions.");
		assertThat(t.getByTestId("absence-item")).containsText("Covered by " + colleague.displayName());
		axe(t, "/absences", problems);
		screenshots(t, "absences-therapist");

		Page c = client.page();
		c.navigate("/");
		assertThat(c.getByTestId("absence-card")).containsText("Your therapist will be away");
		assertThat(c.getByTestId("absence-cover"))
			.hasText(colleague.displayName() + " is covering for your therapist.");
		assertThat(c.getByTestId("absence-message")).containsText("I'm here");
		assertThat(c.getByTestId("absence-plan")).isVisible();
		assertThat(c.getByTestId("absence-crisis")).hasAttribute("href", "/crisis");
		axe(c, "/ (client, time away announced)", problems);
		screenshots(c, "absences-client-home");

		t.getByTestId("withdraw-link").click();
		assertThat(t.locator("h1")).hasText("Withdraw this time away?");
		axe(t, "/absences/{id}/withdraw", problems);
		screenshots(t, "absences-withdraw");

		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

}
