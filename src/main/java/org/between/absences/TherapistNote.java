package org.between.absences;

import java.time.Instant;
import java.util.UUID;

/**
 * The note a therapist wrote for one client's break plan ({@code note} null: none, or
 * taken back), and when.
 */
public record TherapistNote(UUID absenceId, UUID clientId, String note, Instant writtenAt) {
}
