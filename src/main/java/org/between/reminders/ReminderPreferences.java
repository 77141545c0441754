package org.between.reminders;

import java.time.Duration;
import java.time.LocalTime;

/**
 * What e-mail reminders a person asked for (API.md
 * {@code GET|PUT /api/v1/me/notifications}). A person who never chose has
 * {@link #DEFAULT}: every type off, quiet hours 21:00–08:00 in their own zone.
 *
 * @param sessionReminder appointments, {@code hoursBefore} their start (1–72)
 * @param measureDue a questionnaire the therapist scheduled has become due
 * @param agreementReview the contact agreement's review date
 * @param replies a reply to the person's message
 * @param runningLate the therapist said they are running late for an appointment
 * @param quietHours when no reminder is sent, {@code "HH:mm"} in the person's zone; the
 * same time twice means none
 */
public record ReminderPreferences(SessionReminder sessionReminder, Choice measureDue, Choice agreementReview,
		Choice replies, QuietHours quietHours, Choice runningLate) {

	/** The choices before issue 18: "running late" off. */
	public ReminderPreferences(SessionReminder sessionReminder, Choice measureDue, Choice agreementReview,
			Choice replies, QuietHours quietHours) {
		this(sessionReminder, measureDue, agreementReview, replies, quietHours, new Choice(false));
	}

	public static final int MIN_HOURS_BEFORE = 1;

	public static final int MAX_HOURS_BEFORE = 72;

	/** The lead a new person's appointment reminder has once they turn it on. */
	public static final int DEFAULT_HOURS_BEFORE = 24;

	public static final ReminderPreferences DEFAULT = new ReminderPreferences(
			new SessionReminder(false, DEFAULT_HOURS_BEFORE), new Choice(false), new Choice(false), new Choice(false),
			new QuietHours("21:00", "08:00"), new Choice(false));

	/** Whether the person turned {@code type} on. */
	public boolean enabled(ReminderType type) {
		return switch (type) {
			case SESSION -> this.sessionReminder.enabled();
			case MEASURE_DUE -> this.measureDue.enabled();
			case AGREEMENT_REVIEW -> this.agreementReview.enabled();
			case REPLY -> this.replies.enabled();
			case RUNNING_LATE -> this.runningLate.enabled();
		};
	}

	/** How long before its moment a reminder of {@code type} may go out. */
	public Duration leadFor(ReminderType type) {
		return (type == ReminderType.SESSION) ? Duration.ofHours(this.sessionReminder.hoursBefore()) : Duration.ZERO;
	}

	/** The same choices with {@code type} turned on or off. */
	public ReminderPreferences with(ReminderType type, boolean on) {
		return new ReminderPreferences(
				(type == ReminderType.SESSION) ? new SessionReminder(on, this.sessionReminder.hoursBefore())
						: this.sessionReminder,
				(type == ReminderType.MEASURE_DUE) ? new Choice(on) : this.measureDue,
				(type == ReminderType.AGREEMENT_REVIEW) ? new Choice(on) : this.agreementReview,
				(type == ReminderType.REPLY) ? new Choice(on) : this.replies, this.quietHours,
				(type == ReminderType.RUNNING_LATE) ? new Choice(on) : this.runningLate);
	}

	/** Appointment reminders: on or off, and how many hours before the start. */
	public record SessionReminder(Boolean enabled, Integer hoursBefore) {
	}

	/** A type without options: on or off. */
	public record Choice(Boolean enabled) {
	}

	/**
	 * From {@code from} to {@code to} ({@code "HH:mm"}), over midnight when to is
	 * earlier.
	 */
	public record QuietHours(String from, String to) {

		/** {@code from} as a time; only for hours the facade accepted. */
		public LocalTime start() {
			return LocalTime.parse(this.from);
		}

		/** {@code to} as a time; only for hours the facade accepted. */
		public LocalTime end() {
			return LocalTime.parse(this.to);
		}

	}

}
