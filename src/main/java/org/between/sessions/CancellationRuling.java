package org.between.sessions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * How a cancellation was judged, kept with the session: by the policy version in force at
 * the moment of cancelling ({@code policyVersion} null when the therapist had no policy
 * yet). A therapist's cancellation never costs the client and always offers a make-up.
 */
public record CancellationRuling(SessionStatus status, boolean late, BigDecimal fee, String currency, boolean slotHeld,
		boolean makeUpOffered, Integer policyVersion, Integer noticeHours, Instant cancelledAt, UUID cancelledBy,
		String reason) {

}
