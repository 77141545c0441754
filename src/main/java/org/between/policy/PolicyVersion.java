package org.between.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One published version of a therapist's practice policy, as published (the therapist's
 * standard fee). Versions are never changed; a later version replaces an earlier one from
 * its {@code effectiveAt}.
 */
public record PolicyVersion(UUID therapistId, int version, LocalDate effectiveFrom, Instant effectiveAt,
		Instant publishedAt, int cancellationNoticeHours, BigDecimal lateCancellationFee, BigDecimal feePerSession,
		String currency, boolean holdSlotOnCancellation, MakeUpRule makeUp, String slidingScaleNote) {

	/** The terms of this version for a client without a fee of their own. */
	public PolicyTerms terms() {
		return new PolicyTerms(this.version, this.effectiveFrom, this.effectiveAt, this.cancellationNoticeHours,
				this.lateCancellationFee, this.feePerSession, this.currency, this.holdSlotOnCancellation, this.makeUp,
				this.slidingScaleNote);
	}

	/** The terms of this version for a client who pays {@code fee} per session. */
	public PolicyTerms terms(BigDecimal fee) {
		return new PolicyTerms(this.version, this.effectiveFrom, this.effectiveAt, this.cancellationNoticeHours,
				this.lateCancellationFee, fee, this.currency, this.holdSlotOnCancellation, this.makeUp,
				this.slidingScaleNote);
	}

}
