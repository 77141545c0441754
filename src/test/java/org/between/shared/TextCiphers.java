package org.between.shared;

import java.security.GeneralSecurityException;

import com.google.crypto.tink.KeysetHandle;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * For tests of any module: ciphers over keysets of the test's choosing, rotation, and the
 * re-encryption loop, none of which the application exposes.
 */
public final class TextCiphers {

	private TextCiphers() {
	}

	public static TextCipher of(KeysetHandle keyset) {
		return new TextCipher(keyset);
	}

	/** A cipher over a new keyset of one key. */
	public static TextCipher fresh() {
		return new TextCipher(TextKeys.newKeyset());
	}

	public static KeysetHandle keyset(TextCipher cipher) {
		return cipher.keyset();
	}

	public static KeysetHandle newKeyset() {
		return TextKeys.newKeyset();
	}

	/** The keyset with a new key added as its primary. */
	public static KeysetHandle rotate(KeysetHandle keyset) {
		return TextKeys.rotate(keyset);
	}

	public static long primaryId(KeysetHandle keyset) {
		return Integer.toUnsignedLong(keyset.getPrimary().getId());
	}

	/** The keyset without the key. */
	public static KeysetHandle without(KeysetHandle keyset, long keyId) {
		try {
			var builder = KeysetHandle.newBuilder(keyset);
			for (int i = builder.size() - 1; i >= 0; i--) {
				if (Integer.toUnsignedLong(keyset.getAt(i).getId()) == keyId) {
					builder.deleteAt(i);
				}
			}
			return builder.build();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The keyset with the key made primary again. */
	public static KeysetHandle primary(KeysetHandle keyset, long keyId) {
		try {
			var builder = KeysetHandle.newBuilder(keyset);
			for (int i = 0; i < builder.size(); i++) {
				if (Integer.toUnsignedLong(keyset.getAt(i).getId()) == keyId) {
					builder.getAt(i).makePrimary();
				}
			}
			return builder.build();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What {@code between.encryption.reencrypt-on-start} does for one table. */
	public static int reencryptAll(EncryptedRows table, TransactionTemplate transactions) {
		return Reencryption.reencryptAll(table, transactions);
	}

}
