package org.between.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;

/**
 * Encrypts and decrypts everything a person writes, for every module, with one Tink AEAD
 * keyset (AES256_GCM; docs/encryption.md). The associated data,
 * {@code table/rowId/field}, binds each ciphertext to its row and column, so that a
 * ciphertext copied into another row, column or table no longer decrypts. New text is
 * always written under the keyset's primary key; text under any key of the keyset
 * decrypts (Tink finds the key by the 5-byte prefix of the ciphertext). Store
 * {@link #primaryKeyId()} with each row, so that rows under an old key can be found after
 * a rotation ({@link EncryptedRows}).
 */
public final class TextCipher {

	/** Table and field names: no '/', so the associated data is unambiguous. */
	private static final Pattern NAME = Pattern.compile("[a-z0-9_]+");

	static {
		try {
			AeadConfig.register();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Tink AEAD could not be registered", ex);
		}
	}

	private final KeysetHandle keyset;

	private final Aead aead;

	private final long primaryKeyId;

	TextCipher(KeysetHandle keyset) {
		try {
			this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The keyset holds no usable AEAD key", ex);
		}
		this.keyset = keyset;
		this.primaryKeyId = Integer.toUnsignedLong(keyset.getPrimary().getId());
	}

	/** The id of the key new text is encrypted with (store it with each row). */
	public long primaryKeyId() {
		return this.primaryKeyId;
	}

	/**
	 * The text encrypted under the primary key and bound to {@code table/rowId/field}, as
	 * base64; null for null.
	 */
	public String encrypt(String table, UUID rowId, String field, String plain) {
		byte[] associatedData = associatedData(table, rowId, field);
		if (plain == null) {
			return null;
		}
		try {
			return Base64.getEncoder()
				.encodeToString(this.aead.encrypt(plain.getBytes(StandardCharsets.UTF_8), associatedData));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Text of " + table + "/" + rowId + " could not be encrypted", ex);
		}
	}

	/**
	 * The text of a ciphertext written by {@link #encrypt} for the same table, row and
	 * field; null for null. Throws {@link IllegalStateException} for anything else.
	 */
	public String decrypt(String table, UUID rowId, String field, String cipher) {
		byte[] associatedData = associatedData(table, rowId, field);
		if (cipher == null) {
			return null;
		}
		try {
			return new String(this.aead.decrypt(Base64.getDecoder().decode(cipher), associatedData),
					StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			// Wrong keyset, a key removed too early, or a ciphertext moved between rows.
			throw new IllegalStateException(table + "/" + rowId + "/" + field + " could not be decrypted", ex);
		}
	}

	KeysetHandle keyset() {
		return this.keyset;
	}

	/** The journal's format, kept for every table: {@code journal_entry/<id>/title}. */
	private static byte[] associatedData(String table, UUID rowId, String field) {
		if (table == null || !NAME.matcher(table).matches() || field == null || !NAME.matcher(field).matches()
				|| rowId == null) {
			throw new IllegalArgumentException("table and field are lower-case names, the row id is given");
		}
		return (table + "/" + rowId + "/" + field).getBytes(StandardCharsets.US_ASCII);
	}

}
