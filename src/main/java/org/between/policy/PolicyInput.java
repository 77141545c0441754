package org.between.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A new version of the practice policy as the therapist enters it. Every field but
 * {@code slidingScaleNote} is required; {@code effectiveFrom} is a day in the therapist's
 * time zone and means today when left out.
 */
public record PolicyInput(Integer cancellationNoticeHours, BigDecimal lateCancellationFee, BigDecimal feePerSession,
		String currency, Boolean holdSlotOnCancellation, MakeUpRule makeUp, String slidingScaleNote,
		LocalDate effectiveFrom) {

}
