package org.between.sessions;

import java.time.Duration;
import java.time.Instant;

/**
 * What the reader of a session may do with it now, as the page offers it: computed from
 * the rules the facade enforces ({@link SessionWindows}, {@link SessionValidation}), so
 * that a page shows a step exactly when the facade would take it. Only the session's
 * therapist starts, ends, corrects or records a no-show; both people may cancel.
 */
public record SessionAffordances(boolean cancel, boolean start, boolean end, boolean correct, boolean noShow,
		boolean runningLate, boolean confirmEnd, boolean undo) {

	/** What could be done before issue 18 (no "running late") and issue 16 (no undo). */
	public SessionAffordances(boolean cancel, boolean start, boolean end, boolean correct, boolean noShow) {
		this(cancel, start, end, correct, noShow, false, false, false);
	}

	/** Issue 16's taps without issue 18's "running late". */
	public SessionAffordances(boolean cancel, boolean start, boolean end, boolean correct, boolean noShow,
			boolean confirmEnd, boolean undo) {
		this(cancel, start, end, correct, noShow, false, confirmEnd, undo);
	}

	/**
	 * A page's button is tapped a moment after the page was shown: a start or end
	 * recorded then is what the facade is asked to accept.
	 */
	static final Duration MOMENT = Duration.ofSeconds(1);

	static SessionAffordances of(SessionView session, boolean therapist, Instant now) {
		return of(session, therapist, now, null);
	}

	/**
	 * {@code lastTap}: when the session's last tap was made (null for none);
	 * {@code confirmEnd}: "Session ended" asks first ({@link SessionTaps}); {@code undo}:
	 * the last tap can still be taken back.
	 */
	static SessionAffordances of(SessionView session, boolean therapist, Instant now, Instant lastTap) {
		boolean cancel = SessionWindows.cancelRefusal(session, now).isEmpty();
		if (!therapist) {
			return new SessionAffordances(cancel, false, false, false, false, false, false);
		}
		boolean open = SessionWindows.attendanceRefusal(session).isEmpty();
		boolean taps = open && SessionWindows.tapsNear(session, now);
		boolean end = taps && endAccepted(session, now);
		return new SessionAffordances(cancel, taps && startAccepted(session, now), end,
				open && SessionWindows.hasBegun(session, now), SessionWindows.noShowRefusal(session, now).isEmpty(),
				SessionWindows.runningLateRefusal(session, now.plus(MOMENT)).isEmpty(),
				end && SessionTaps.endAsksToConfirm(session, now),
				lastTap != null && SessionTaps.undoable(lastTap, now));
	}

	/** {@link Sessions#started}: no start yet, and "started now" is a valid record. */
	private static boolean startAccepted(SessionView session, Instant now) {
		Instant tap = now.plus(MOMENT);
		return session.startedAt() == null
				&& SessionValidation.attendanceProblems(session, tap, session.endedAt(), tap).isEmpty();
	}

	/** {@link Sessions#ended}: no end yet, and "ended now" is a valid record. */
	private static boolean endAccepted(SessionView session, Instant now) {
		Instant tap = now.plus(MOMENT);
		Instant started = Sessions.startedOrPlanned(session);
		return session.endedAt() == null && SessionValidation.attendanceProblems(session, started, tap, tap).isEmpty();
	}

}
