package org.between.accounts;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A client working with a therapist, from {@code since} until {@code endedAt}, and what
 * the client lets this therapist see ({@link SharingChoice}, all off when it starts).
 */
@Table("accounts_link")
record Link(@Id UUID id, UUID therapistId, UUID clientId, UUID activeClientId, Instant since, Instant endedAt,
		boolean shareCheckins, boolean shareRiskFlags, boolean shareMeasures, boolean shareSkills,
		boolean shareInsights, Instant sharingChangedAt, @Version Long version) {

	static Link start(UUID therapistId, UUID clientId, Instant now) {
		return start(therapistId, clientId, now, SharingChoice.NOTHING);
	}

	static Link start(UUID therapistId, UUID clientId, Instant now, SharingChoice sharing) {
		return new Link(UUID.randomUUID(), therapistId, clientId, clientId, now, null, sharing.checkins(),
				sharing.riskFlags(), sharing.measures(), sharing.skills(), sharing.insights(), now, null);
	}

	SharingChoice sharing() {
		return new SharingChoice(this.shareCheckins, this.shareRiskFlags, this.shareMeasures, this.shareSkills,
				this.shareInsights);
	}

	Link withSharing(SharingChoice sharing, Instant now) {
		return new Link(this.id, this.therapistId, this.clientId, this.activeClientId, this.since, this.endedAt,
				sharing.checkins(), sharing.riskFlags(), sharing.measures(), sharing.skills(), sharing.insights(), now,
				this.version);
	}

	/**
	 * The link ended at {@code now}: the client is free to link with a therapist again
	 * (no active client), and every read through it stops.
	 */
	Link ended(Instant now) {
		return new Link(this.id, this.therapistId, this.clientId, null, this.since, now, this.shareCheckins,
				this.shareRiskFlags, this.shareMeasures, this.shareSkills, this.shareInsights, this.sharingChangedAt,
				this.version);
	}

}
