package org.between.sessions;

import java.time.Duration;
import java.time.Instant;

/**
 * Taps that forgive (issue 16): a tap on a phone in a doorway is easily a slip, so the
 * page asks before ending a session that started only minutes ago, and any tap can be
 * taken back for a short while. Pure rules; the facade keeps the last tap
 * ({@link TapStore}).
 */
final class SessionTaps {

	/**
	 * "Session ended" less than this long after "started" asks first: no session is that
	 * short on purpose, but a second tap on the same button is.
	 */
	static final Duration CONFIRM_END_WITHIN = Duration.ofMinutes(10);

	/**
	 * A tap can be undone for this long, then it stands (times can still be corrected).
	 */
	static final Duration UNDO_FOR = Duration.ofMinutes(5);

	private SessionTaps() {
	}

	/**
	 * Whether ending now should be confirmed: a start recorded less than 10 minutes ago.
	 */
	static boolean endAsksToConfirm(SessionView session, Instant now) {
		return session.startedAt() != null && session.endedAt() == null
				&& now.isBefore(session.startedAt().plus(CONFIRM_END_WITHIN));
	}

	/** Whether the tap made at {@code tappedAt} may still be undone at {@code now}. */
	static boolean undoable(Instant tappedAt, Instant now) {
		return now.isBefore(tappedAt.plus(UNDO_FOR));
	}

}
