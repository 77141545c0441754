package org.between.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * A client's choice to let the colleague who covers their therapist's absence see what
 * they shared, for {@code [startsAt, endsAt)} only. Other modules hold it only to show
 * it; reading a client's data as the cover goes through
 * {@link ClientLinks#requireCoveredClient}.
 */
public record CoverGrant(UUID clientId, String clientName, UUID coverId, UUID absenceId, Instant startsAt,
		Instant endsAt) {
}
