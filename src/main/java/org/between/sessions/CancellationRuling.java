package org.between.sessions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * How a cancellation was judged, kept with the session: by the policy version in force at
 * the moment of cancelling ({@code policyVersion} null when the therapist had no policy
 * yet). A therapist's cancellation never costs the client and always offers a make-up.
 * {@code policyEffectiveFrom} is the first day of the deciding version, stored with the
 * ruling so that showing it needs no policy lookup (not part of the API's JSON).
 */
public record CancellationRuling(SessionStatus status, boolean late, BigDecimal fee, String currency, boolean slotHeld,
		boolean makeUpOffered, Integer policyVersion, @JsonIgnore LocalDate policyEffectiveFrom, Integer noticeHours,
		Instant cancelledAt, UUID cancelledBy, String reason) {

	/** A ruling whose deciding version's first day is not known. */
	public CancellationRuling(SessionStatus status, boolean late, BigDecimal fee, String currency, boolean slotHeld,
			boolean makeUpOffered, Integer policyVersion, Integer noticeHours, Instant cancelledAt, UUID cancelledBy,
			String reason) {
		this(status, late, fee, currency, slotHeld, makeUpOffered, policyVersion, null, noticeHours, cancelledAt,
				cancelledBy, reason);
	}

}
