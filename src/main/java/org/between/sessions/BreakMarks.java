package org.between.sessions;

import java.time.Instant;
import java.util.List;

import org.between.accounts.CurrentUser;

/**
 * Breaks in the sessions that the sessions pages mark where they fall: the therapist's
 * time away. Implemented outside this module (absences does), so that sessions shows what
 * another module knows without depending on it — the {@code accounts.HomeCard} pattern.
 * Every bean is asked; with none the pages simply list sessions.
 */
public interface BreakMarks {

	/**
	 * The breaks the viewer may see that overlap {@code [from, to)}, each already in
	 * words in the viewer's language (a client reads their therapist's, a therapist their
	 * own).
	 */
	List<BreakMark> marksFor(CurrentUser viewer, Instant from, Instant to);

}
