package org.between.reminders;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A fact someone may be reminded of, as a {@link ReminderSource} reports it. It carries
 * no content: the e-mail says only what kind of thing is waiting (its type), when (for an
 * appointment or a date), and links to it.
 *
 * @param userId who would be reminded (a source reports both sides of an appointment as
 * two reminders)
 * @param type the kind; it must be the source's own {@link ReminderSource#type()}
 * @param factKey what makes this fact this fact, unique within the type and person (a
 * session's id, a schedule and its due moment …): a reminder goes out at most once per
 * key, ever, even from two instances at once
 * @param at the fact's moment: an appointment's start, when a questionnaire became due, a
 * review date's start in the person's zone, when a reply arrived
 * @param until from this instant on the reminder is no use any more and is dropped (an
 * appointment's start; for a fact that stays waiting, a day after {@code at})
 * @param path the page it is about, from the root ({@code /sessions/…}); the e-mail links
 * to it
 */
public record DueReminder(UUID userId, ReminderType type, String factKey, Instant at, Instant until, String path) {

	/** The longest fact key {@code reminders_sent} holds. */
	public static final int FACT_KEY_MAX = 200;

	public DueReminder {
		Objects.requireNonNull(userId, "userId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(until, "until");
		if (factKey == null || factKey.isBlank() || factKey.length() > FACT_KEY_MAX) {
			throw new IllegalArgumentException("a fact key of 1 to " + FACT_KEY_MAX + " characters");
		}
		if (path == null || !path.startsWith("/")) {
			throw new IllegalArgumentException("a path from the root, starting with /");
		}
	}

}
