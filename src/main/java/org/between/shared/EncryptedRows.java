package org.between.shared;

/**
 * A table whose text is encrypted with {@link TextCipher} and whose rows store the key id
 * they were written with. A module makes its store implement this (it is found as a
 * bean): after a key rotation, {@code between.encryption.reencrypt-on-start=true} calls
 * {@link #reencryptBatch} in one transaction per batch until it answers 0, for every such
 * table (docs/encryption.md). See {@code journal.JournalStore}.
 */
public interface EncryptedRows {

	/** The table's name, for the log. */
	String table();

	/**
	 * Rewrites up to {@code batch} rows whose key id is not
	 * {@link TextCipher#primaryKeyId()}: decrypt, encrypt again, store the new key id.
	 * Answers how many it rewrote (0 when none is left). Runs inside a transaction.
	 */
	int reencryptBatch(int batch);

}
