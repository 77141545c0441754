package org.between.brief;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.between.checkin.Checkins;
import org.between.checkin.NewCheckin;
import org.between.sessions.SessionKind;
import org.between.sessions.SessionView;
import org.between.sessions.Sessions;
import org.between.sessions.Sessions.SessionRequest;
import org.between.journal.Journal;
import org.between.journal.NewJournalEntry;
import org.between.measures.Measures;
import org.between.support.WebTest;
import org.between.toolbox.Toolbox;
import org.between.toolbox.Toolbox.NewPractice;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How long {@code GET /api/v1/sessions/{id}/brief} takes for a client with a year of
 * daily check-ins, a journal entry every third day, a practice every other day, PHQ-9 and
 * GAD-7 every two weeks. Two cases: weekly held sessions (the brief covers a week), and
 * no held session (the brief covers its 90-day limit). Prints median and worst of 20
 * requests after 5 warm-up requests, through the whole web stack (MockMvc, security,
 * JSON). Measures, asserts nothing about time. Run with {@code bench/run.sh}.
 */
@Tag("bench")
class BriefBenchmark extends WebTest {

	static final UUID BREATHING = UUID.fromString("423b309d-f53b-4253-a2e2-ad54855b7b66");

	static final int WARM_UP = 5;

	static final int RUNS = 20;

	@Autowired
	Accounts accounts;

	@Autowired
	Sessions sessions;

	@Autowired
	Checkins checkins;

	@Autowired
	Journal journal;

	@Autowired
	Measures measures;

	@Autowired
	Toolbox toolbox;

	@Test
	void aYearOfDailyCheckins() throws Exception {
		measure("weekly held sessions", true);
		measure("no held session (90 days)", false);
	}

	private void measure(String label, boolean weeklySessions) throws Exception {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MINUTES);
		Instant start = now.minus(Duration.ofDays(366));
		this.clock.set(start);
		Signed therapist = therapistWithTotp();
		Signed client = client();
		link(therapist, client);
		CurrentUser t = this.accounts.refresh(therapist.id());
		CurrentUser c = this.accounts.refresh(client.id());
		long began = System.nanoTime();
		SessionView booked = null;
		for (int day = 0; day < 365; day++) {
			Instant today = start.plus(Duration.ofDays(day)).plus(Duration.ofHours(9));
			this.clock.set(today);
			if (booked != null) {
				this.sessions.attendance(t, booked.id(), booked.startsAt(), booked.endsAt());
				booked = null;
			}
			this.checkins.record(c, new NewCheckin(null, day % 11, (day * 7) % 11, null,
					Map.of("SELF_HARM", day % 4, "QUIT_THERAPY", day % 3), null, null, "note " + day));
			if (day % 3 == 0) {
				this.journal.write(c, new NewJournalEntry("Entry " + day, "Body of entry " + day, day % 11,
						day % 9 == 0, day % 2 == 0));
			}
			if (day % 2 == 0) {
				this.toolbox.practise(c, BREATHING, new NewPractice(7, day % 7, null, 5, null));
			}
			if (day % 14 == 0) {
				this.measures.respond(c, "PHQ9", List.of(1, 2, 1, 2, 1, 2, 1, 1, 0));
				this.measures.respond(c, "GAD7", List.of(1, 2, 1, 2, 1, 2, 1));
			}
			if (weeklySessions && day % 7 == 6) {
				booked = this.sessions.book(t, c.id(),
						new SessionRequest(today.plus(Duration.ofHours(2)), 50, SessionKind.REGULAR, null, null));
			}
		}
		this.clock.set(now);
		SessionView next = this.sessions.book(t, c.id(),
				new SessionRequest(now.plus(Duration.ofDays(1)), 50, SessionKind.REGULAR, null, null));
		String token = token(therapist.email(), PASSWORD, code(therapist.totpSecret()));
		long built = System.nanoTime();
		List<Long> micros = new ArrayList<>();
		for (int i = 0; i < WARM_UP + RUNS; i++) {
			long t0 = System.nanoTime();
			this.mvc.perform(get("/api/v1/sessions/{id}/brief", next.id()).with(bearer(token)))
				.andExpect(status().isOk());
			long took = (System.nanoTime() - t0) / 1000;
			if (i >= WARM_UP) {
				micros.add(took);
			}
		}
		Collections.sort(micros);
		double median = (micros.get(RUNS / 2 - 1) + micros.get(RUNS / 2)) / 2000.0;
		double worst = micros.get(RUNS - 1) / 1000.0;
		System.out.printf("BENCH brief [%s] %s: data built in %d s; median %.1f ms, worst %.1f ms over %d requests%n",
				database(), label, (built - began) / 1_000_000_000L, median, worst, RUNS);
	}

	String database() {
		return this.jdbc.execute((java.sql.Connection con) -> con.getMetaData().getDatabaseProductName());
	}

}
