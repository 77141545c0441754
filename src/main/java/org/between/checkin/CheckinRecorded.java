package org.between.checkin;

import java.time.Instant;
import java.util.UUID;

/**
 * A client recorded a check-in. {@code at} is the moment the check-in is about (it may be
 * up to seven days before it was recorded); {@code riskFlagged} is true when its urges
 * reached a safety threshold.
 * <p>
 * Nothing listens yet: the brief reads check-ins when it is opened. It is kept (unlike
 * the questionnaire and link events, removed for want of a listener) as the commit point
 * of {@link Checkins#record} and for the contact module, which will send the therapist an
 * e-mail about a flagged check-in where both agreed to that (PRODUCT.md, safety).
 */
public record CheckinRecorded(UUID checkinId, UUID clientId, Instant at, boolean riskFlagged) {
}
