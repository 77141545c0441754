package org.between.checkin;

import java.time.Instant;
import java.util.UUID;

/**
 * A client recorded a check-in. {@code at} is the moment the check-in is about (it may be
 * up to seven days before it was recorded); {@code riskFlagged} is true when its urges
 * reached a safety threshold, so that the therapist's brief can show a flag and, where
 * the contact agreement says so, an e-mail can go out.
 */
public record CheckinRecorded(UUID checkinId, UUID clientId, Instant at, boolean riskFlagged) {
}
