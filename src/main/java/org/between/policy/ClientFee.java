package org.between.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A fee per session agreed for one client (e.g. reduced after a job loss), in the
 * currency of the policy in force. It replaces the policy's fee from {@code effectiveAt}
 * until the next fee for that client, whatever later policy versions say.
 */
public record ClientFee(BigDecimal feePerSession, LocalDate effectiveFrom, Instant effectiveAt, Instant setAt,
		String note) implements java.io.Serializable {

}
