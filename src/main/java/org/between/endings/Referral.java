package org.between.endings;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral as the two people of the link see it, decrypted;
 * {@code keepVisibleToTherapist} is the client's choice to let the therapist see the
 * status (only the status) after the ending.
 */
public record Referral(UUID id, UUID therapistId, UUID clientId, UUID endingId, String name, String contact,
		String note, ReferralStatus status, boolean keepVisibleToTherapist, Instant createdAt,
		Instant statusChangedAt) {

	Referral with(ReferralStatus next, boolean keepVisible, Instant changedAt) {
		return new Referral(this.id, this.therapistId, this.clientId, this.endingId, this.name, this.contact, this.note,
				next, keepVisible, this.createdAt, changedAt);
	}

}
