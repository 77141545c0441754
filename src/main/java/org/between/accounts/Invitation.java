package org.between.accounts;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A therapist's single-use invitation, for a client or for a colleague ({@link Kind});
 * the code is shown once and kept only as a hash.
 */
@Table("accounts_invitation")
record Invitation(@Id UUID id, UUID therapistId, String codeHash, String email, Instant createdAt, Instant expiresAt,
		Instant acceptedAt, UUID acceptedBy, Kind kind, @Version Long version) {

	/** Whom the code is for: it opens only its own kind of acceptance. */
	enum Kind {

		/** A client, who links with the therapist. */
		CLIENT,

		/**
		 * Another therapist, and the two become colleagues who may cover for each other.
		 */
		COLLEAGUE

	}

	boolean isOpenAt(Instant now) {
		return this.acceptedAt == null && now.isBefore(this.expiresAt);
	}

	boolean isFor(User person) {
		return this.email == null || this.email.equals(person.email());
	}

	Invitation acceptedBy(UUID personId, Instant now) {
		return new Invitation(this.id, this.therapistId, this.codeHash, this.email, this.createdAt, this.expiresAt, now,
				personId, this.kind, this.version);
	}

}
