package org.between.contact;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The response time counts only inside the reading hours, in the therapist's zone: across
 * a weekend, across both daylight-saving changes, and "when will it be read".
 */
class ResponseDeadlineTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final ReadingHours WEEKDAYS_9_TO_5 = ReadingHours.weekdays(BERLIN);

	static Instant berlin(String local) {
		return java.time.LocalDateTime.parse(local).atZone(BERLIN).toInstant();
	}

	@Test
	void aMessageOnFridayAfternoonIsDueOnWednesdayWhenTwentyFourReadingHoursArePromised() {
		// Friday 4 December 2026, 16:00: one hour on Friday, 8 on Monday, 8 on Tuesday, 7
		// on Wednesday.
		Instant sent = berlin("2026-12-04T16:00");
		assertThat(new ResponseDeadline(WEEKDAYS_9_TO_5, 24).respondBy(sent)).isEqualTo(berlin("2026-12-09T16:00"));
	}

	@Test
	void aMessageAtTheWeekendWaitsForMondayMorning() {
		Instant saturday = berlin("2026-12-05T11:30");
		assertThat(WEEKDAYS_9_TO_5.isReadingTime(saturday)).isFalse();
		assertThat(WEEKDAYS_9_TO_5.nextReadingStart(saturday)).isEqualTo(berlin("2026-12-07T09:00"));
		assertThat(new ResponseDeadline(WEEKDAYS_9_TO_5, 2).respondBy(saturday)).isEqualTo(berlin("2026-12-07T11:00"));
	}

	@Test
	void insideTheHoursTheClockRunsAtOnceAndAnExactFitEndsWithTheWindow() {
		Instant tuesday = berlin("2026-12-08T10:15");
		assertThat(WEEKDAYS_9_TO_5.isReadingTime(tuesday)).isTrue();
		assertThat(WEEKDAYS_9_TO_5.nextReadingStart(tuesday)).isEqualTo(tuesday);
		assertThat(new ResponseDeadline(WEEKDAYS_9_TO_5, 1).respondBy(tuesday)).isEqualTo(berlin("2026-12-08T11:15"));
		assertThat(new ResponseDeadline(WEEKDAYS_9_TO_5, 8).respondBy(berlin("2026-12-08T09:00")))
			.isEqualTo(berlin("2026-12-08T17:00"));
	}

	@Test
	void theEndOfTheWindowIsNotReadingTimeAndEarlyMorningWaitsForTheStart() {
		assertThat(WEEKDAYS_9_TO_5.isReadingTime(berlin("2026-12-08T17:00"))).isFalse();
		assertThat(WEEKDAYS_9_TO_5.isReadingTime(berlin("2026-12-08T16:59"))).isTrue();
		assertThat(WEEKDAYS_9_TO_5.nextReadingStart(berlin("2026-12-08T06:00"))).isEqualTo(berlin("2026-12-08T09:00"));
		assertThat(WEEKDAYS_9_TO_5.nextReadingStart(berlin("2026-12-08T17:00"))).isEqualTo(berlin("2026-12-09T09:00"));
	}

	@Test
	void localReadingHoursStayLocalAcrossTheSpringChangeInBerlin() {
		// Friday 26 March 2027, 16:00 CET (15:00 UTC); clocks go forward on Sunday 28
		// March.
		Instant friday = berlin("2027-03-26T16:00");
		assertThat(friday).isEqualTo(Instant.parse("2027-03-26T15:00:00Z"));
		Instant due = new ResponseDeadline(WEEKDAYS_9_TO_5, 2).respondBy(friday);
		// One hour on Friday, one on Monday from 09:00 CEST = 07:00 UTC.
		assertThat(due).isEqualTo(berlin("2027-03-29T10:00")).isEqualTo(Instant.parse("2027-03-29T08:00:00Z"));
	}

	@Test
	void aWindowThatSpansTheChangeHasItsRealLength() {
		ReadingHours mornings = new ReadingHours(List.of(DayOfWeek.values()), LocalTime.of(0, 0), LocalTime.of(12, 0),
				BERLIN);
		// Saturday 27 March 2027 at noon, 12 reading hours promised: Sunday's window is
		// only
		// 11 real hours long (02:00 becomes 03:00), so the answer is due on Monday at
		// 01:00.
		assertThat(new ResponseDeadline(mornings, 12).respondBy(berlin("2027-03-27T12:00")))
			.isEqualTo(berlin("2027-03-29T01:00"));
		// In October the window on the day the clocks go back is 13 hours long.
		assertThat(new ResponseDeadline(mornings, 13).respondBy(berlin("2026-10-24T12:00")))
			.isEqualTo(berlin("2026-10-25T12:00"));
	}

	@Test
	void theAutumnChangeKeepsNineOClockAtNine() {
		// Friday 23 October 2026, 16:30 CEST; clocks go back on Sunday 25 October.
		Instant due = new ResponseDeadline(WEEKDAYS_9_TO_5, 4).respondBy(berlin("2026-10-23T16:30"));
		assertThat(due).isEqualTo(berlin("2026-10-26T12:30")).isEqualTo(Instant.parse("2026-10-26T11:30:00Z"));
	}

	@Test
	void aWeekOfReadingTimeOnOneDayAWeekTakesWeeks() {
		ReadingHours mondays = new ReadingHours(List.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(10, 0),
				BERLIN);
		assertThat(new ResponseDeadline(mondays, 3).respondBy(berlin("2026-12-08T12:00")))
			.isEqualTo(berlin("2026-12-28T10:00"));
	}

	@Test
	void hoursNeedADayAndAWindowAndADeadlineAnHour() {
		assertThatThrownBy(() -> new ReadingHours(List.of(), LocalTime.of(9, 0), LocalTime.of(17, 0), BERLIN))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(
				() -> new ReadingHours(ReadingHours.WEEKDAYS, LocalTime.of(17, 0), LocalTime.of(9, 0), BERLIN))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ResponseDeadline(WEEKDAYS_9_TO_5, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThat(new ReadingHours(List.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
				LocalTime.of(10, 0), BERLIN)
			.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
	}

}
