package org.between.accounts;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A bearer token for the API. Only its hash is stored; the token itself is shown once.
 */
@Table("accounts_api_token")
record ApiToken(@Id UUID id, UUID userId, String tokenHash, Instant createdAt, Instant expiresAt, Instant revokedAt,
		@Version Long version) {

	boolean isValidAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	ApiToken revokedAt(Instant now) {
		return new ApiToken(this.id, this.userId, this.tokenHash, this.createdAt, this.expiresAt, now, this.version);
	}

}
