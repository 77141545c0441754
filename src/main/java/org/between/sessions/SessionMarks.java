package org.between.sessions;

import java.util.Optional;

import org.between.accounts.CurrentUser;

/**
 * Words the sessions pages put on a session that another module knows something about:
 * one of the last sessions of an ending ("One of our last sessions: 3 left"). Implemented
 * outside this module (endings does), so that sessions shows what another module knows
 * without depending on it — the {@link BreakMarks} pattern. Every bean is asked; the
 * first answer wins; with none a session has no mark.
 */
public interface SessionMarks {

	/** The mark for this session as {@code viewer} reads it, in their language. */
	Optional<String> markFor(CurrentUser viewer, SessionView session);

}
