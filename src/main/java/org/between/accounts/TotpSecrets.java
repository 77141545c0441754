package org.between.accounts;

import org.between.shared.EncryptedRows;
import org.between.shared.StaleRows;
import org.between.shared.TextCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The TOTP secret at rest: encrypted with {@link TextCipher}, bound to
 * {@code accounts_user/<id>/totp_secret}, its key in {@code key_id} (docs/encryption.md).
 * A person without a secret has neither. After a key rotation the shared re-encryption
 * calls {@link #reencryptBatch}.
 */
@Component
class TotpSecrets implements EncryptedRows {

	static final String TABLE = "accounts_user";

	static final String FIELD = "totp_secret";

	private static final StaleRows ROWS = StaleRows.of(TABLE, FIELD);

	private final TextCipher cipher;

	private final JdbcClient jdbc;

	TotpSecrets(TextCipher cipher, JdbcClient jdbc) {
		this.cipher = cipher;
		this.jdbc = jdbc;
	}

	/** The person with a new secret waiting to be confirmed. */
	User withPending(User user, String secret) {
		return user.withPendingTotp(this.cipher.encrypt(TABLE, user.id(), FIELD, secret), this.cipher.primaryKeyId());
	}

	/** The person's secret, or null when they have none. */
	String of(User user) {
		return this.cipher.decrypt(TABLE, user.id(), FIELD, user.totpSecretCipher());
	}

	@Override
	public String table() {
		return TABLE;
	}

	@Override
	public int reencryptBatch(int batch) {
		return ROWS.rewrite(this.jdbc, this.cipher, batch);
	}

}
