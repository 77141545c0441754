package org.between.reminders.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.between.reminders.ReminderPreferences;
import org.between.reminders.ReminderPreferences.Choice;
import org.between.reminders.ReminderPreferences.QuietHours;
import org.between.reminders.ReminderPreferences.SessionReminder;
import org.between.reminders.ReminderType;

/**
 * The "E-mail reminders" form: a box per offered type (unticked boxes are not sent: off),
 * the hours before an appointment as typed, and the quiet hours.
 */
record ReminderForm(Boolean sessionReminder, String hoursBefore, Boolean measureDue, Boolean agreementReview,
		Boolean replies, String quietFrom, String quietTo, Boolean runningLate) {

	/**
	 * The choice this form makes: the offered types as ticked, the others (and the hours
	 * of an appointment reminder not offered) as they were.
	 */
	ReminderPreferences applyTo(ReminderPreferences current, List<ReminderType> offered) {
		boolean session = offered.contains(ReminderType.SESSION);
		return new ReminderPreferences(
				session ? new SessionReminder(ticked(this.sessionReminder), hours()) : current.sessionReminder(),
				choice(ReminderType.MEASURE_DUE, this.measureDue, current.measureDue(), offered),
				choice(ReminderType.AGREEMENT_REVIEW, this.agreementReview, current.agreementReview(), offered),
				choice(ReminderType.REPLY, this.replies, current.replies(), offered),
				new QuietHours(time(this.quietFrom), time(this.quietTo)),
				choice(ReminderType.RUNNING_LATE, this.runningLate, current.runningLate(), offered));
	}

	/** What was typed, for the form shown again after a problem. */
	Map<String, Object> values() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put(ReminderType.SESSION.key(), ticked(this.sessionReminder));
		values.put(ReminderType.MEASURE_DUE.key(), ticked(this.measureDue));
		values.put(ReminderType.AGREEMENT_REVIEW.key(), ticked(this.agreementReview));
		values.put(ReminderType.REPLY.key(), ticked(this.replies));
		values.put(ReminderType.RUNNING_LATE.key(), ticked(this.runningLate));
		values.put("hoursBefore", this.hoursBefore);
		values.put("quietFrom", this.quietFrom);
		values.put("quietTo", this.quietTo);
		return values;
	}

	private static Choice choice(ReminderType type, Boolean box, Choice current, List<ReminderType> offered) {
		return offered.contains(type) ? new Choice(ticked(box)) : current;
	}

	private static boolean ticked(Boolean box) {
		return Boolean.TRUE.equals(box);
	}

	/** The number typed, or null (which the facade refuses) for anything else. */
	private Integer hours() {
		try {
			return (this.hoursBefore == null) ? null : Integer.valueOf(this.hoursBefore.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * A time input sends {@code HH:mm}, some browsers {@code HH:mm:ss}: the seconds go.
	 */
	private static String time(String typed) {
		if (typed == null) {
			return null;
		}
		String time = typed.strip();
		return time.matches("\\d{2}:\\d{2}:\\d{2}") ? time.substring(0, 5) : time;
	}

}
