package org.between.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fee for one client as the therapist enters it; {@code effectiveFrom} defaults to
 * today.
 */
public record ClientFeeInput(BigDecimal feePerSession, LocalDate effectiveFrom, String note) {

}
