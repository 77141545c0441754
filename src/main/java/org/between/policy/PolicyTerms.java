package org.between.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a therapist's practice policy as it applies to one client: the fee is
 * the client's own fee when one is in force. {@code effectiveAt} is the instant the
 * version took (or takes) effect: the start of {@code effectiveFrom} in the therapist's
 * zone, or the moment it was published when that was later (changes in the client's
 * favour).
 */
public record PolicyTerms(int version, LocalDate effectiveFrom, Instant effectiveAt, int cancellationNoticeHours,
		BigDecimal lateCancellationFee, BigDecimal feePerSession, String currency, boolean holdSlotOnCancellation,
		MakeUpRule makeUp, String slidingScaleNote) {

}
