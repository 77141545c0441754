package org.between.sessions;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StandingAppointmentTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static StandingAppointment weekly(DayOfWeek day, String time, int everyWeeks, LocalDate start,
			LocalDate end) {
		return new StandingAppointment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), day,
				LocalTime.parse(time), 50, everyWeeks, start, end, BERLIN, null, start);
	}

	@Test
	void keepsTheTherapistsLocalTimeAcrossTheSpringChangeWhileTheInstantMoves() {
		// Berlin moves to summer time on 28 March 2027, New York already on 14 March.
		StandingAppointment a = weekly(DayOfWeek.THURSDAY, "18:00", 1, LocalDate.of(2027, 3, 4), null);
		List<ZonedDateTime> starts = a.occurrences(null, LocalDate.of(2027, 4, 8));
		assertThat(starts).extracting(ZonedDateTime::toLocalDate)
			.containsExactly(LocalDate.of(2027, 3, 4), LocalDate.of(2027, 3, 11), LocalDate.of(2027, 3, 18),
					LocalDate.of(2027, 3, 25), LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 8));
		assertThat(starts).extracting(ZonedDateTime::toLocalTime).containsOnly(LocalTime.of(18, 0));
		assertThat(starts.get(0).toInstant()).isEqualTo(Instant.parse("2027-03-04T17:00:00Z"));
		assertThat(starts.get(4).toInstant()).isEqualTo(Instant.parse("2027-04-01T16:00:00Z"));
		// For the client in New York: 12:00 before 14 March, 13:00 in the two weeks when
		// only
		// New York had changed, 12:00 again after Berlin changed.
		assertThat(starts).extracting((z) -> z.withZoneSameInstant(NEW_YORK).toLocalTime())
			.containsExactly(LocalTime.of(12, 0), LocalTime.of(12, 0), LocalTime.of(13, 0), LocalTime.of(13, 0),
					LocalTime.of(12, 0), LocalTime.of(12, 0));
	}

	@Test
	void keepsTheLocalTimeAcrossTheAutumnChange() {
		StandingAppointment a = weekly(DayOfWeek.MONDAY, "08:30", 1, LocalDate.of(2026, 10, 19), null);
		List<ZonedDateTime> starts = a.occurrences(null, LocalDate.of(2026, 11, 2));
		assertThat(starts).extracting(ZonedDateTime::toInstant)
			.containsExactly(Instant.parse("2026-10-19T06:30:00Z"), Instant.parse("2026-10-26T07:30:00Z"),
					Instant.parse("2026-11-02T07:30:00Z"));
	}

	@Test
	void everyOtherWeekStartsOnTheFirstMatchingDayAndStopsAtTheEndDate() {
		// 2 December 2026 is a Wednesday; the first Friday is the 4th.
		StandingAppointment a = weekly(DayOfWeek.FRIDAY, "09:00", 2, LocalDate.of(2026, 12, 2),
				LocalDate.of(2027, 1, 15));
		assertThat(a.firstDay()).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(a.occurrences(null, LocalDate.of(2027, 6, 1))).extracting(ZonedDateTime::toLocalDate)
			.containsExactly(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 1),
					LocalDate.of(2027, 1, 15));
	}

	@Test
	void extendingContinuesTheRhythmAfterWhatWasGenerated() {
		StandingAppointment a = weekly(DayOfWeek.FRIDAY, "09:00", 2, LocalDate.of(2026, 12, 4), null);
		assertThat(a.occurrences(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 31)))
			.extracting(ZonedDateTime::toLocalDate)
			.containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 29));
	}

	@Test
	void aTimeInTheSpringGapMovesForwardByTheGap() {
		StandingAppointment a = weekly(DayOfWeek.SUNDAY, "02:30", 1, LocalDate.of(2027, 3, 28), null);
		assertThat(a.occurrences(null, LocalDate.of(2027, 3, 28)).get(0).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
	}

}
