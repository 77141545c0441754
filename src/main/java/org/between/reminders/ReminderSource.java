package org.between.reminders;

import java.time.Instant;
import java.util.List;

import org.between.accounts.CurrentUser;

/**
 * The one way a module offers a kind of reminder (docs/architecture.md "Reminders"):
 * implement it as a bean in the module that knows the fact (sessions: appointments;
 * measures: questionnaires due; contact: the agreement's review date; messages: replies).
 * The reminders scheduler asks every source, every few minutes, on one instance at a
 * time; it alone decides whether and when a reminder goes out (the person turned the type
 * on, not in their quiet hours, at most one per type and day, never twice for one fact),
 * and writes the e-mail. A source only reports facts; it sends nothing and knows nothing
 * of preferences.
 * <p>
 * A source reports facts, never the absence of activity: "has not checked in for a week"
 * is not a fact a reminder may be about (PRODUCT.md).
 */
public interface ReminderSource {

	/** The kind of reminder this source reports; one source per type. */
	ReminderType type();

	/**
	 * The facts of {@link #type()} whose moment ({@link DueReminder#at()}) lies in
	 * {@code [from, to)} and that are still open now (an appointment not cancelled, a
	 * questionnaire not answered since it became due). The window reaches a day back (for
	 * reminders held over quiet hours) and {@link ReminderType#LONGEST_LEAD} ahead;
	 * called often, so it should be one indexed query. Runs inside a read-only
	 * transaction of the scheduler.
	 */
	List<DueReminder> due(Instant from, Instant to);

	/**
	 * Whether the person can receive this kind at all, so that {@code /account} offers it
	 * (a therapist answers no questionnaires); the API keeps every type either way.
	 */
	default boolean offeredTo(CurrentUser person) {
		return true;
	}

}
