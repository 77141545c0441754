package org.between.journal;

import java.time.Instant;
import java.util.UUID;

/**
 * A shared entry in the therapist's list: without its body, so that only opening the
 * entry (which is logged and shown to the client) reads it.
 */
public record SharedEntrySummary(UUID id, String title, Integer intensity, boolean bringToSession, Instant createdAt,
		Instant updatedAt) {
}
