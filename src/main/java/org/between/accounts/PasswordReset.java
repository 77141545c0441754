package org.between.accounts;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A single-use password reset link, valid for one hour. */
@Table("accounts_password_reset")
record PasswordReset(@Id UUID id, UUID userId, String tokenHash, Instant createdAt, Instant expiresAt, Instant usedAt,
		@Version Long version) {

	boolean isUsableAt(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	PasswordReset usedAt(Instant now) {
		return new PasswordReset(this.id, this.userId, this.tokenHash, this.createdAt, this.expiresAt, now,
				this.version);
	}

}
