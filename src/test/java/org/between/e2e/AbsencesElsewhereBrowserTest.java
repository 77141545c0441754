package org.between.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.between.absences.Absence;
import org.between.absences.AbsenceRequest;
import org.between.absences.Absences;
import org.between.accounts.ClientLinks.ColleagueRequest;
import org.between.accounts.CurrentUser;
import org.between.accounts.Role;
import org.between.checkin.Checkins;
import org.between.checkin.NewCheckin;
import org.between.sessions.SessionKind;
import org.between.sessions.SessionStatus;
import org.between.sessions.SessionView;
import org.between.sessions.Sessions;
import org.between.sessions.Sessions.SessionRequest;
import org.between.sessions.Sessions.StandingRequest;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The therapist's time away where the client and the therapist meet it elsewhere: the
 * client's sessions page marks the break among the sessions it cancelled, insights set
 * distress during it beside the rest, the therapist's two weeks and the brief say so. One
 * absence going on (an emergency from today, so that check-ins fall inside it) and one
 * announced with notice and a cover. Screenshots at both sizes, axe.
 */
class AbsencesElsewhereBrowserTest extends ClientBrowserTest {

	@Autowired
	Sessions sessions;

	@Autowired
	Absences absences;

	@Autowired
	Checkins checkins;

	@Test
	void theBreakOnTheSessionsPageInInsightsAndInTheBrief() {
		Therapist therapist = enrolledTherapist();
		CurrentUser lee = account(Role.THERAPIST, "Dr Lee", uniqueEmail("lee"));
		this.links.addColleague(therapist.user(), new ColleagueRequest(this.accounts.me(lee).email()));
		Client client = signedInClient();
		linkSharingEverything(client, therapist);
		CurrentUser t = therapist.user();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		LocalDate today = LocalDate.ofInstant(now, t.zone());
		this.sessions.book(t, client.user().id(),
				new SessionRequest(now.minus(Duration.ofDays(3)), 50, SessionKind.REGULAR, null, null));
		this.sessions.standing(t, client.user().id(),
				new StandingRequest(today.plusDays(1).getDayOfWeek(), "12:00", 50, 1, today.plusDays(1), null, null));
		Absence going = this.absences.announce(t,
				new AbsenceRequest(today, today.plusDays(2), null, null, "I'm here, even now.", true));
		this.absences.announce(t, new AbsenceRequest(today.plusDays(14), today.plusDays(27), lee.id(),
				"Call the practice on 020 7946 0002", "I'm here, and I will see you after.", false));
		// Two days ago, outside both; now, inside the one going on.
		checkin(client.user(), now.minus(Duration.ofDays(2)), 7);
		checkin(client.user(), null, 3);
		checkin(client.user(), null, 5);
		List<String> problems = new ArrayList<>();

		Page c = client.page();
		c.navigate("/sessions");
		assertThat(c.getByTestId("break-mark")).hasCount(2);
		assertThat(c.getByTestId("break-mark").first()).containsText("Your therapist is away until");
		assertThat(c.getByTestId("break-mark").nth(1)).containsText("Covering: Dr Lee.");
		assertThat(c.getByTestId("upcoming")).containsText("Cancelled by your therapist");
		axe(c, "/sessions (client, with breaks)", problems);
		screenshots(c, "absences-sessions-client");

		c.navigate("/insights");
		assertThat(c.getByTestId("in-between-absences"))
			.hasText("During your therapist's absences your distress was 4.0 on average, otherwise 7.0.");
		axe(c, "/insights (with absences)", problems);
		screenshots(c, "absences-insights-client");

		Page tp = therapist.page();
		tp.navigate("/sessions");
		assertThat(tp.getByTestId("break-mark").first()).containsText("You are away until");
		axe(tp, "/sessions (therapist, away)", problems);
		screenshots(tp, "absences-sessions-therapist");

		tp.navigate("/sessions/" + firstStillScheduled(t, client.user().id(), going) + "/brief");
		assertThat(tp.getByTestId("brief-absence")).containsText("Your last session was before your absence of 3 days");
		assertThat(tp.getByTestId("brief-absence")).containsText("which is still going on");
		assertThat(tp.getByTestId("brief-absence")).containsText("No one is covering.");
		assertThat(tp.getByTestId("brief-absence-checkins")).hasText("2 check-ins, mean distress 4.0");
		axe(tp, "/sessions/{id}/brief (after time away)", problems);
		screenshots(tp, "absences-brief");

		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	private void checkin(CurrentUser client, Instant at, int distress) {
		this.checkins.record(client,
				new NewCheckin((at != null) ? at.toString() : null, 5, distress, null, Map.of(), null, null, null));
	}

	/** The first of the client's sessions after the absence going on that is still on. */
	private UUID firstStillScheduled(CurrentUser therapist, UUID clientId, Absence going) {
		return this.sessions.history(therapist, clientId)
			.stream()
			.filter((s) -> s.status() == SessionStatus.SCHEDULED && !s.startsAt().isBefore(going.endsAt()))
			.map(SessionView::id)
			.findFirst()
			.orElseThrow();
	}

}
