package org.between.reminders;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.between.reminders.ReminderPreferences.QuietHours;

/**
 * When a reminder the person turned on goes out: from its lead before the fact's moment
 * (an appointment's {@code hoursBefore}; nothing for the rest) until the fact is no use
 * any more, and never in the person's quiet hours, read in their own zone.
 * <p>
 * A reminder that falls into quiet hours is held, not dropped: it goes out when the quiet
 * hours end, if it is still of use then (an appointment not yet begun), because the
 * person asked for it and would rather have it at 08:00 than not at all; one that would
 * only be of use during the quiet hours (an appointment at 07:30) is dropped, because a
 * reminder of something already begun is noise. Nothing is sent earlier than asked to get
 * round quiet hours.
 */
final class ReminderTiming {

	/** What to do with a reminder right now. */
	enum Decision {

		/** Its lead has not begun. */
		NOT_YET,

		/** Due, but the person's quiet hours: held until they end. */
		QUIET,

		/** Due and allowed now. */
		SEND,

		/** No use any more. */
		TOO_LATE

	}

	private ReminderTiming() {
	}

	static Decision decide(DueReminder due, ReminderPreferences preferences, ZoneId zone, Instant now) {
		if (!now.isBefore(due.until())) {
			return Decision.TOO_LATE;
		}
		if (now.isBefore(due.at().minus(preferences.leadFor(due.type())))) {
			return Decision.NOT_YET;
		}
		if (isQuiet(preferences.quietHours(), now.atZone(zone).toLocalTime())) {
			return Decision.QUIET;
		}
		return Decision.SEND;
	}

	/**
	 * Whether {@code time} lies in the quiet hours: from {@code from} (inclusive) to
	 * {@code to} (exclusive), over midnight when {@code to} is earlier; none when both
	 * are the same.
	 */
	static boolean isQuiet(QuietHours quiet, LocalTime time) {
		LocalTime from = quiet.start();
		LocalTime to = quiet.end();
		if (from.equals(to)) {
			return false;
		}
		if (from.isBefore(to)) {
			return !time.isBefore(from) && time.isBefore(to);
		}
		return !time.isBefore(from) || time.isBefore(to);
	}

}
