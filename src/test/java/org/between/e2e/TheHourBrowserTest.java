package org.between.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.between.sessions.SessionKind;
import org.between.sessions.SessionView;
import org.between.sessions.Sessions;
import org.between.sessions.Sessions.SessionRequest;
import org.between.toolbox.Toolbox;
import org.between.toolbox.Toolbox.NewPractice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 in a real browser: the client's home before a session (the next session),
 * during the wait (the therapist tapped "running late" on their session page), and after
 * it (the landing with the bridge note the therapist left on the session page). The clock
 * is moved forward into the hour after the session and back afterwards. Screenshots at
 * both sizes, axe on every page.
 */
class TheHourBrowserTest extends ClientBrowserTest {

	@Autowired
	BrowserClock clock;

	@Autowired
	Sessions sessions;

	@Autowired
	Toolbox toolbox;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void runningLateThenTheLandingWithTheBridgeNote() {
		List<String> problems = new ArrayList<>();
		Therapist therapist = enrolledTherapist();
		Client client = signedInClient();
		link(client, therapist);
		UUID breathing = UUID.fromString("423b309d-f53b-4253-a2e2-ad54855b7b66");
		this.toolbox.practise(client.user(), breathing, new NewPractice(7, 4, "ANXIETY", 10, null));
		this.toolbox.practise(client.user(), breathing, new NewPractice(6, 4, "ANXIETY", 10, null));
		Instant start = this.clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(20));
		SessionView session = this.sessions.book(therapist.user(), client.user().id(),
				new SessionRequest(start, 50, SessionKind.REGULAR, null, null));

		// Before: the next session, calmly.
		Page c = client.page();
		c.navigate("/");
		assertThat(c.getByTestId("next-session-card")).isVisible();
		assertThat(c.getByTestId("running-late-card")).hasCount(0);
		axe(c, "/ (client, before a session)", problems);
		screenshots(c, "hour-home-before");

		// The therapist is running late: one tap on the session's page.
		Page t = therapist.page();
		t.navigate("/sessions/" + session.id());
		assertThat(t.getByTestId("late-10")).isVisible();
		axe(t, "/sessions/{id} (therapist, running late offered)", problems);
		screenshots(t, "hour-therapist-session-late");
		t.getByTestId("late-10").click();
		assertThat(t.getByTestId("done")).containsText("Your client can see that you are running late");
		assertThat(t.getByTestId("running-late")).containsText("You said you are running about 10 minutes late");

		// During: the client's home says it at once.
		c.navigate("/");
		assertThat(c.getByTestId("running-late-card"))
			.containsText("Your therapist is running about 10 minutes late. You will still have the full 50 minutes.");
		axe(c, "/ (client, therapist running late)", problems);
		screenshots(c, "hour-home-during");

		// The session is held (10 minutes late, full length); the therapist leaves a
		// note.
		this.clock.set(start.plus(Duration.ofMinutes(75)));
		this.sessions.attendance(therapist.user(), session.id(), start.plus(Duration.ofMinutes(10)),
				start.plus(Duration.ofMinutes(60)));
		t.navigate("/sessions/" + session.id());
		t.locator("#note").fill("You noticed the pause before you answer. It is yours to keep.");
		t.locator("#skillId").selectOption(breathing.toString());
		axe(t, "/sessions/{id} (therapist, bridge note)", problems);
		screenshots(t, "hour-therapist-bridge");
		t.getByTestId("bridge-save").click();
		assertThat(t.getByTestId("done")).containsText("until the next session");

		// After: the landing, with the note, what has helped and "My plan".
		c.navigate("/");
		assertThat(c.getByTestId("after-session-card")).isVisible();
		assertThat(c.getByTestId("after-bridge-text")).containsText("You noticed the pause before you answer");
		assertThat(c.getByTestId("after-session-card")).containsText("Anxiety: Paced breathing has helped you most");
		assertThat(c.getByTestId("after-plan")).isVisible();
		assertThat(c.getByTestId("running-late-card")).hasCount(0);
		axe(c, "/ (client, after the session)", problems);
		screenshots(c, "hour-home-after");

		// The therapist's own record.
		t.navigate("/consistency");
		assertThat(t.getByTestId("consistency.sessions.lateAnnounced")).containsText("1 late start said ahead");
		axe(t, "/consistency", problems);
		screenshots(t, "hour-consistency");

		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

}
