package org.between.sessions;

import java.time.Instant;

/**
 * The therapist said they are running late for a session: about {@code minutes} minutes
 * (one of {@link #MINUTES}), whether the session will still have its full length, and
 * when they said it. Null on a session when nothing was said.
 */
public record RunningLate(int minutes, boolean fullLength, Instant announcedAt) {

	/** The choices offered: a rough figure is kinder than a false precise one. */
	public static final java.util.List<Integer> MINUTES = java.util.List.of(5, 10, 15, 20, 30);

	/**
	 * Whether it was said before the session actually began ({@code startedAt}; a session
	 * not yet started: yes).
	 */
	public boolean saidBefore(Instant startedAt) {
		return startedAt == null || !this.announcedAt.isAfter(startedAt);
	}

}
