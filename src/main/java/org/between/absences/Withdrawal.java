package org.between.absences;

/**
 * A withdrawn absence and what became of the sessions it had cancelled:
 * {@code restoredSessions} are scheduled again, {@code stillCancelled} stay cancelled
 * (their time was taken meanwhile, a make-up was booked, or they can no longer be held).
 * Serializable, as a flash attribute.
 */
public record Withdrawal(Absence absence, int restoredSessions, int stillCancelled) implements java.io.Serializable {
}
