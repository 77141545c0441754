package org.between.journal;

import java.time.Instant;
import java.util.UUID;

/**
 * A journal entry as its writer (or, when shared, their therapist) reads it: decrypted,
 * exactly as it was written.
 */
public record JournalEntry(UUID id, String title, String body, Integer intensity, boolean bringToSession,
		boolean shareWithTherapist, Instant createdAt, Instant updatedAt) {
}
