package org.between.sessions;

import java.time.Instant;
import java.util.UUID;

/**
 * One break as a sessions list shows it: when it begins and ends ({@code endsAt}
 * exclusive), which places it among the sessions, and one calm sentence that says it
 * ("Your therapist is away from … to …. Covering: …"). {@code id} is the break's own (an
 * absence's id), stable across pages.
 */
public record BreakMark(UUID id, Instant startsAt, Instant endsAt, String text) {

	/** Whether any moment of {@code [from, to)} lies inside it. */
	public boolean overlaps(Instant from, Instant to) {
		return this.startsAt.isBefore(to) && this.endsAt.isAfter(from);
	}

}
