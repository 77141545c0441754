package org.between.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.between.shared.ConflictException;
import org.between.shared.RuleViolationException;

/**
 * When something may be done to a session, one rule each. The facade refuses with the
 * rule's answer; {@link SessionAffordances} offers on a page exactly what the rule would
 * accept, so that no button leads to a refusal and no allowed step is hidden.
 */
final class SessionWindows {

	/** The one-tap start and end are offered from this long before the start … */
	static final Duration TAPS_FROM = Duration.ofHours(1);

	/** … until this long after the planned end (a late note of the end). */
	static final Duration TAPS_UNTIL = Duration.ofHours(12);

	/**
	 * "I'm running late" may be said from this long before the start until this long
	 * after it.
	 */
	static final Duration LATE_NOTICE = Duration.ofMinutes(30);

	private SessionWindows() {
	}

	/**
	 * Cancelling: only before the session begins (422 after: it happened, or was missed)
	 * and while it is scheduled (409: already cancelled, missed or held).
	 */
	static Optional<RuntimeException> cancelRefusal(SessionView session, Instant now) {
		if (!session.startsAt().isAfter(now)) {
			return Optional.of(new RuleViolationException(null, "sessions.cancel.alreadyBegun"));
		}
		return notScheduled(session);
	}

	/**
	 * "Did not come": only once the session has begun (422 before) and while it is still
	 * scheduled (409), so a session with recorded times is never a no-show.
	 */
	static Optional<RuntimeException> noShowRefusal(SessionView session, Instant now) {
		if (session.startsAt().isAfter(now)) {
			return Optional.of(new RuleViolationException(null, "sessions.noShow.notYet"));
		}
		return notScheduled(session);
	}

	/**
	 * Recording times: a session that is scheduled or held; a cancelled or missed one has
	 * no attendance (409).
	 */
	static Optional<RuntimeException> attendanceRefusal(SessionView session) {
		return isOpen(session) ? Optional.empty() : Optional.of(new ConflictException("sessions.conflict.cancelled"));
	}

	/**
	 * "I'm running late": from {@link #LATE_NOTICE} before the start until as long after
	 * it, both ends included (422 outside). Earlier it is a change of time, not lateness,
	 * and the session can be moved or cancelled; later than half an hour it is no longer
	 * news the client can use, and the session is a no-show or a cancellation to talk
	 * about. Only while the session is scheduled and not begun (409): once it has started
	 * nobody is waiting.
	 */
	static Optional<RuntimeException> runningLateRefusal(SessionView session, Instant now) {
		if (now.isBefore(session.startsAt().minus(LATE_NOTICE)) || now.isAfter(session.startsAt().plus(LATE_NOTICE))) {
			return Optional.of(new RuleViolationException(null, "sessions.runningLate.outside"));
		}
		return notScheduled(session);
	}

	static boolean isOpen(SessionView session) {
		return session.status() == SessionStatus.SCHEDULED || session.status() == SessionStatus.HELD;
	}

	/**
	 * Whether the one-tap buttons belong on the page now: from {@link #TAPS_FROM} before
	 * the start until {@link #TAPS_UNTIL} after the planned end. Outside it the times are
	 * still recorded through the correction form.
	 */
	static boolean tapsNear(SessionView session, Instant now) {
		return !now.isBefore(session.startsAt().minus(TAPS_FROM)) && !now.isAfter(session.endsAt().plus(TAPS_UNTIL));
	}

	/**
	 * Whether the session's planned start has come (times can be corrected from then).
	 */
	static boolean hasBegun(SessionView session, Instant now) {
		return !now.isBefore(session.startsAt());
	}

	private static Optional<RuntimeException> notScheduled(SessionView session) {
		return (session.status() == SessionStatus.SCHEDULED) ? Optional.empty()
				: Optional.of(new ConflictException("sessions.conflict.notScheduled"));
	}

}
