package org.between.reminders;

import java.time.Duration;

/**
 * The kinds of reminder a person can turn on, each on its own (API.md
 * {@code GET|PUT /api/v1/me/notifications}). Every one is about a fact in Between (an
 * appointment, a questionnaire asked for, an agreement's review date, a reply): there is
 * no kind that is sent because someone has not used the app, and there must never be one
 * (PRODUCT.md: no notification the person did not turn on, nothing triggered by
 * inactivity).
 */
public enum ReminderType {

	/** An appointment ahead, some hours before it ({@code sessionReminder}). */
	SESSION("sessionReminder"),

	/** A questionnaire the therapist scheduled has become due ({@code measureDue}). */
	MEASURE_DUE("measureDue"),

	/** The contact agreement's review date ({@code agreementReview}). */
	AGREEMENT_REVIEW("agreementReview"),

	/** A reply to the person's message ({@code replies}). */
	REPLY("replies"),

	/**
	 * The therapist said they are running late for an appointment about to begin
	 * ({@code runningLate}, clients; issue 18).
	 */
	RUNNING_LATE("runningLate");

	/**
	 * How far ahead of its moment any reminder may go out: the longest
	 * {@code hoursBefore} a person may choose.
	 */
	public static final Duration LONGEST_LEAD = Duration.ofHours(ReminderPreferences.MAX_HOURS_BEFORE);

	private final String key;

	ReminderType(String key) {
		this.key = key;
	}

	/**
	 * The name in the API and the texts ({@code sessionReminder}, {@code measureDue} …).
	 */
	public String key() {
		return this.key;
	}

}
