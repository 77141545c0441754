package org.between.journal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;

/**
 * Encrypts and decrypts the text of journal entries with Tink AEAD (AES256_GCM). The
 * associated data binds each ciphertext to its entry and field, so that a ciphertext
 * copied into another row, or from title to body, no longer decrypts. New text is always
 * written under the keyset's primary key; text under any key of the keyset decrypts (Tink
 * finds the key by the 5-byte prefix of the ciphertext).
 */
final class JournalCipher {

	static {
		try {
			AeadConfig.register();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Tink AEAD could not be registered", ex);
		}
	}

	private final Aead aead;

	private final long primaryKeyId;

	JournalCipher(KeysetHandle keyset) {
		try {
			this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The journal keyset holds no usable AEAD key", ex);
		}
		this.primaryKeyId = Integer.toUnsignedLong(keyset.getPrimary().getId());
	}

	/** The id of the key new text is encrypted with (stored with each row). */
	long primaryKeyId() {
		return this.primaryKeyId;
	}

	String encrypt(UUID entryId, Field field, String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] cipher = this.aead.encrypt(plain.getBytes(StandardCharsets.UTF_8), field.associatedData(entryId));
			return Base64.getEncoder().encodeToString(cipher);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A journal entry could not be encrypted", ex);
		}
	}

	String decrypt(UUID entryId, Field field, String cipher) {
		if (cipher == null) {
			return null;
		}
		try {
			byte[] plain = this.aead.decrypt(Base64.getDecoder().decode(cipher), field.associatedData(entryId));
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			// Wrong keyset, a key removed too early, or a ciphertext moved between rows.
			throw new IllegalStateException("Journal entry " + entryId + " could not be decrypted", ex);
		}
	}

	/** The encrypted fields of an entry. */
	enum Field {

		TITLE, BODY;

		byte[] associatedData(UUID entryId) {
			return ("journal_entry/" + entryId + "/" + name().toLowerCase(java.util.Locale.ROOT))
				.getBytes(StandardCharsets.US_ASCII);
		}

	}

}
