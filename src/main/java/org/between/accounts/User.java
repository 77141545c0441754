package org.between.accounts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person with an account. The e-mail is kept lower-case so that it is unique as typed.
 * The TOTP secret is kept encrypted ({@link TotpSecrets}), with the key it was written
 * with.
 */
@Table("accounts_user")
record User(@Id UUID id, String email, String passwordHash, String displayName, Role role, String timeZone,
		String locale, String country, String totpSecretCipher, Long keyId, boolean totpEnabled, Instant createdAt,
		@Version Long version) {

	static User create(String email, String passwordHash, String displayName, Role role, ZoneId zone, Locale locale,
			String country, Instant now) {
		return new User(UUID.randomUUID(), email, passwordHash, displayName, role, zone.getId(), locale.toLanguageTag(),
				country, null, null, false, now, null);
	}

	CurrentUser asCurrentUser() {
		return new CurrentUser(this.id, this.role, this.displayName, ZoneId.of(this.timeZone),
				Locale.forLanguageTag(this.locale), this.totpEnabled, this.country);
	}

	User withPasswordHash(String hash) {
		return new User(this.id, this.email, hash, this.displayName, this.role, this.timeZone, this.locale,
				this.country, this.totpSecretCipher, this.keyId, this.totpEnabled, this.createdAt, this.version);
	}

	User withEmail(String email) {
		return new User(this.id, email, this.passwordHash, this.displayName, this.role, this.timeZone, this.locale,
				this.country, this.totpSecretCipher, this.keyId, this.totpEnabled, this.createdAt, this.version);
	}

	/** A new secret, encrypted by {@link TotpSecrets}, waiting to be confirmed. */
	User withPendingTotp(String secretCipher, long keyId) {
		return new User(this.id, this.email, this.passwordHash, this.displayName, this.role, this.timeZone, this.locale,
				this.country, secretCipher, keyId, false, this.createdAt, this.version);
	}

	User withTotpEnabled() {
		return new User(this.id, this.email, this.passwordHash, this.displayName, this.role, this.timeZone, this.locale,
				this.country, this.totpSecretCipher, this.keyId, true, this.createdAt, this.version);
	}

	User withProfile(String displayName, ZoneId zone, Locale locale, String country) {
		return new User(this.id, this.email, this.passwordHash, displayName, this.role, zone.getId(),
				locale.toLanguageTag(), country, this.totpSecretCipher, this.keyId, this.totpEnabled, this.createdAt,
				this.version);
	}

}
