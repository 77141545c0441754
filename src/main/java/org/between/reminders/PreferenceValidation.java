package org.between.reminders;

import org.between.shared.InputProblems;

/**
 * What a saved choice must be: every part present, {@code hoursBefore} 1–72, quiet hours
 * as {@code HH:mm}. Field names as in the API ({@code sessionReminder.hoursBefore} …).
 */
final class PreferenceValidation {

	/** 00:00 to 23:59, two digits each. */
	static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

	private PreferenceValidation() {
	}

	static void check(ReminderPreferences p) {
		InputProblems problems = new InputProblems();
		if (p == null) {
			problems.add("sessionReminder", "reminders.problem.required").throwIfAny();
		}
		sessionReminder(p, problems);
		choice(p.measureDue(), "measureDue", problems);
		choice(p.agreementReview(), "agreementReview", problems);
		choice(p.replies(), "replies", problems);
		choice(p.runningLate(), "runningLate", problems);
		quietHours(p, problems);
		problems.throwIfAny();
	}

	private static void sessionReminder(ReminderPreferences p, InputProblems problems) {
		var session = p.sessionReminder();
		if (session == null) {
			problems.add("sessionReminder", "reminders.problem.required");
			return;
		}
		problems.require(session.enabled() != null, "sessionReminder.enabled", "reminders.problem.required");
		Integer hours = session.hoursBefore();
		problems.require(
				hours != null && hours >= ReminderPreferences.MIN_HOURS_BEFORE
						&& hours <= ReminderPreferences.MAX_HOURS_BEFORE,
				"sessionReminder.hoursBefore", "reminders.problem.hoursBefore");
	}

	private static void choice(ReminderPreferences.Choice choice, String field, InputProblems problems) {
		problems.require(choice != null && choice.enabled() != null, field + ".enabled", "reminders.problem.required");
	}

	private static void quietHours(ReminderPreferences p, InputProblems problems) {
		var quiet = p.quietHours();
		if (quiet == null) {
			problems.add("quietHours", "reminders.problem.required");
			return;
		}
		problems.require(quiet.from() != null && quiet.from().matches(TIME), "quietHours.from",
				"reminders.problem.time");
		problems.require(quiet.to() != null && quiet.to().matches(TIME), "quietHours.to", "reminders.problem.time");
	}

}
