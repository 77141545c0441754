package org.between.checkin;

import java.time.Instant;
import java.util.UUID;

/**
 * Whom or what a client turned to first, at one check-in ({@link Checkins#firstTurns}).
 */
public record FirstTurn(UUID checkinId, Instant at, TurnedTo turnedTo) {
}
