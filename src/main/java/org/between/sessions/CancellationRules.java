package org.between.sessions;

import org.between.policy.MakeUpRule;

import org.between.policy.PolicyTerms;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * How a cancellation is judged. A client's is judged by the policy version in force at
 * the moment of cancelling: late when fewer than the notice hours remain before the
 * start. A therapist's never costs the client and always offers a make-up. A missed
 * session is judged like a late cancellation by the version in force when it began.
 */
final class CancellationRules {

	private CancellationRules() {
	}

	static CancellationRuling byClient(Optional<PolicyTerms> terms, Instant startsAt, Instant now, UUID clientId,
			String reason) {
		if (terms.isEmpty()) {
			// No policy yet: nothing was agreed, so nothing can be charged.
			return new CancellationRuling(SessionStatus.CANCELLED_BY_CLIENT, false, BigDecimal.ZERO.setScale(2), null,
					false, false, null, null, null, now, clientId, reason);
		}
		PolicyTerms policy = terms.get();
		boolean late = isLate(policy.cancellationNoticeHours(), startsAt, now);
		return new CancellationRuling(SessionStatus.CANCELLED_BY_CLIENT, late,
				late ? policy.lateCancellationFee() : BigDecimal.ZERO.setScale(2), policy.currency(),
				policy.holdSlotOnCancellation(), policy.makeUp() != MakeUpRule.NONE, policy.version(),
				policy.effectiveFrom(), policy.cancellationNoticeHours(), now, clientId, reason);
	}

	static CancellationRuling byTherapist(Optional<PolicyTerms> terms, Instant startsAt, Instant now, UUID therapistId,
			String reason) {
		Integer notice = terms.map(PolicyTerms::cancellationNoticeHours).orElse(null);
		boolean late = notice != null && isLate(notice, startsAt, now);
		return new CancellationRuling(SessionStatus.CANCELLED_BY_THERAPIST, late, BigDecimal.ZERO.setScale(2),
				terms.map(PolicyTerms::currency).orElse(null), true, true, terms.map(PolicyTerms::version).orElse(null),
				terms.map(PolicyTerms::effectiveFrom).orElse(null), notice, now, therapistId, reason);
	}

	static CancellationRuling noShow(Optional<PolicyTerms> terms, Instant now, UUID therapistId) {
		return new CancellationRuling(SessionStatus.NO_SHOW, true,
				terms.map(PolicyTerms::lateCancellationFee).orElse(BigDecimal.ZERO.setScale(2)),
				terms.map(PolicyTerms::currency).orElse(null),
				terms.map(PolicyTerms::holdSlotOnCancellation).orElse(false), false,
				terms.map(PolicyTerms::version).orElse(null), terms.map(PolicyTerms::effectiveFrom).orElse(null),
				terms.map(PolicyTerms::cancellationNoticeHours).orElse(null), now, therapistId, null);
	}

	/**
	 * Late when the start is less than the notice window away (exactly on it is in time).
	 */
	static boolean isLate(int noticeHours, Instant startsAt, Instant now) {
		return now.plus(Duration.ofHours(noticeHours)).isAfter(startsAt);
	}

}
