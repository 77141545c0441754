package org.between.accounts;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A therapist's single-use invitation; the code is shown once and kept only as a hash.
 */
@Table("accounts_invitation")
record Invitation(@Id UUID id, UUID therapistId, String codeHash, String email, Instant createdAt, Instant expiresAt,
		Instant acceptedAt, UUID acceptedBy, @Version Long version) {

	boolean isOpenAt(Instant now) {
		return this.acceptedAt == null && now.isBefore(this.expiresAt);
	}

	boolean isFor(User client) {
		return this.email == null || this.email.equals(client.email());
	}

	Invitation acceptedBy(UUID clientId, Instant now) {
		return new Invitation(this.id, this.therapistId, this.codeHash, this.email, this.createdAt, this.expiresAt, now,
				clientId, this.version);
	}

}
