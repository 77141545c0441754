package org.between.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import org.between.reminders.ReminderPreferences.Choice;
import org.between.reminders.ReminderPreferences.QuietHours;
import org.between.reminders.ReminderPreferences.SessionReminder;
import org.between.reminders.ReminderTiming.Decision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a reminder goes out: its lead, its use, and quiet hours in the person's zone. */
class ReminderTimingTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** 10:00 in London (summer time) on Thursday 13 May 2027. */
	static final Instant THURSDAY_10_LONDON = Instant.parse("2027-05-13T09:00:00Z");

	static final QuietHours NIGHT = new QuietHours("21:00", "08:00");

	@Test
	void quietHoursOverMidnightIncludeTheirStartAndEndBeforeTheirEnd() {
		assertThat(ReminderTiming.isQuiet(NIGHT, LocalTime.of(20, 59))).isFalse();
		assertThat(ReminderTiming.isQuiet(NIGHT, LocalTime.of(21, 0))).isTrue();
		assertThat(ReminderTiming.isQuiet(NIGHT, LocalTime.of(0, 0))).isTrue();
		assertThat(ReminderTiming.isQuiet(NIGHT, LocalTime.of(7, 59))).isTrue();
		assertThat(ReminderTiming.isQuiet(NIGHT, LocalTime.of(8, 0))).isFalse();
	}

	@Test
	void quietHoursWithinOneDayAndNoneWhenBothTimesAreTheSame() {
		QuietHours afternoon = new QuietHours("13:00", "15:30");
		assertThat(ReminderTiming.isQuiet(afternoon, LocalTime.of(12, 59))).isFalse();
		assertThat(ReminderTiming.isQuiet(afternoon, LocalTime.of(13, 0))).isTrue();
		assertThat(ReminderTiming.isQuiet(afternoon, LocalTime.of(15, 30))).isFalse();
		QuietHours none = new QuietHours("08:00", "08:00");
		assertThat(ReminderTiming.isQuiet(none, LocalTime.of(8, 0))).isFalse();
		assertThat(ReminderTiming.isQuiet(none, LocalTime.of(3, 0))).isFalse();
	}

	@Test
	void anAppointmentReminderStartsItsHoursBeforeAndEndsAtTheStart() {
		// 15:00 in London.
		DueReminder session = session(Instant.parse("2027-05-13T14:00:00Z"));
		ReminderPreferences threeHours = sessionsOn(3);
		assertThat(decide(session, threeHours, "2027-05-13T10:59:59Z")).isEqualTo(Decision.NOT_YET);
		assertThat(decide(session, threeHours, "2027-05-13T11:00:00Z")).isEqualTo(Decision.SEND);
		assertThat(decide(session, threeHours, "2027-05-13T13:59:59Z")).isEqualTo(Decision.SEND);
		assertThat(decide(session, threeHours, "2027-05-13T14:00:00Z")).isEqualTo(Decision.TOO_LATE);
	}

	@Test
	void aReminderInQuietHoursIsHeldUntilTheyEndWhileItIsStillOfUse() {
		// 12 hours before 10:00 is 22:00 in London: held until 08:00, two hours before.
		DueReminder session = session(THURSDAY_10_LONDON);
		ReminderPreferences twelveHours = sessionsOn(12);
		assertThat(decide(session, twelveHours, "2027-05-12T21:00:00Z")).isEqualTo(Decision.QUIET);
		assertThat(decide(session, twelveHours, "2027-05-13T06:59:00Z")).isEqualTo(Decision.QUIET);
		assertThat(decide(session, twelveHours, "2027-05-13T07:00:00Z")).isEqualTo(Decision.SEND);
	}

	@Test
	void aReminderOfUseOnlyDuringQuietHoursIsDropped() {
		// An appointment at 07:30 in London with a one-hour reminder: 06:30–07:30 is
		// quiet.
		DueReminder early = session(Instant.parse("2027-05-13T06:30:00Z"));
		ReminderPreferences oneHour = sessionsOn(1);
		assertThat(decide(early, oneHour, "2027-05-13T05:30:00Z")).isEqualTo(Decision.QUIET);
		assertThat(decide(early, oneHour, "2027-05-13T06:29:00Z")).isEqualTo(Decision.QUIET);
		assertThat(decide(early, oneHour, "2027-05-13T07:00:00Z")).isEqualTo(Decision.TOO_LATE);
	}

	@Test
	void quietHoursAreReadInThePersonsOwnZone() {
		DueReminder session = session(THURSDAY_10_LONDON);
		Instant now = Instant.parse("2027-05-12T21:30:00Z");
		ReminderPreferences twelveHours = sessionsOn(12);
		assertThat(ReminderTiming.decide(session, twelveHours, LONDON, now)).isEqualTo(Decision.QUIET);
		assertThat(ReminderTiming.decide(session, twelveHours, ZoneId.of("America/New_York"), now))
			.isEqualTo(Decision.SEND);
		assertThat(ReminderTiming.decide(session, twelveHours, ZoneId.of("Asia/Tokyo"), now)).isEqualTo(Decision.QUIET);
	}

	@Test
	void otherTypesHaveNoLeadAndEndWhenTheirSourceSays() {
		Instant due = Instant.parse("2027-05-13T09:00:00Z");
		DueReminder measure = new DueReminder(UUID.randomUUID(), ReminderType.MEASURE_DUE, "PHQ9@x", due,
				due.plus(Duration.ofDays(1)), "/measures/PHQ9/answer");
		ReminderPreferences on = ReminderPreferences.DEFAULT.with(ReminderType.MEASURE_DUE, true);
		assertThat(decide(measure, on, "2027-05-13T08:59:00Z")).isEqualTo(Decision.NOT_YET);
		assertThat(decide(measure, on, "2027-05-13T09:00:00Z")).isEqualTo(Decision.SEND);
		assertThat(decide(measure, on, "2027-05-14T09:00:00Z")).isEqualTo(Decision.TOO_LATE);
	}

	@Test
	void everyTypeIsOffByDefaultWithQuietHoursAtNight() {
		for (ReminderType type : ReminderType.values()) {
			assertThat(ReminderPreferences.DEFAULT.enabled(type)).as(type.name()).isFalse();
		}
		assertThat(ReminderPreferences.DEFAULT.quietHours()).isEqualTo(NIGHT);
		assertThat(ReminderPreferences.DEFAULT.sessionReminder().hoursBefore()).isEqualTo(24);
	}

	private static Decision decide(DueReminder due, ReminderPreferences preferences, String now) {
		return ReminderTiming.decide(due, preferences, LONDON, Instant.parse(now));
	}

	private static DueReminder session(Instant startsAt) {
		return new DueReminder(UUID.randomUUID(), ReminderType.SESSION, "s@" + startsAt, startsAt, startsAt,
				"/sessions/x");
	}

	private static ReminderPreferences sessionsOn(int hoursBefore) {
		return new ReminderPreferences(new SessionReminder(true, hoursBefore), new Choice(false), new Choice(false),
				new Choice(false), NIGHT);
	}

}
