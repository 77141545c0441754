package org.between.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of the therapist's acknowledgement table: the newest version the client
 * acknowledged and when (null when none yet), and their own fee in force, if any.
 */
public record ClientPolicyStatus(UUID clientId, String displayName, Integer acknowledgedVersion, Instant acknowledgedAt,
		BigDecimal ownFee) {

}
