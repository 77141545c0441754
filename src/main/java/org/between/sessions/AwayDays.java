package org.between.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Calendar days a therapist is away, {@code first} to {@code last} (both inclusive) in
 * {@code zone}: a session is inside when it starts on one of them there, that is in
 * {@code [from(), to())}, whatever the client's zone.
 */
public record AwayDays(LocalDate first, LocalDate last, ZoneId zone) {

	public AwayDays {
		Objects.requireNonNull(first, "first");
		Objects.requireNonNull(last, "last");
		Objects.requireNonNull(zone, "zone");
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("last before first");
		}
	}

	/** The start of the first day in the zone. */
	public Instant from() {
		return this.first.atStartOfDay(this.zone).toInstant();
	}

	/** The start of the day after the last, in the zone (exclusive). */
	public Instant to() {
		return this.last.plusDays(1).atStartOfDay(this.zone).toInstant();
	}

}
