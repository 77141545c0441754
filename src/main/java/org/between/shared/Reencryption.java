package org.between.shared;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a key rotation: rewrites every row of every {@link EncryptedRows} table that is
 * not under the primary key, in small transactions, when
 * {@code between.encryption.reencrypt-on-start} is true. Afterwards the old key can be
 * removed from the keyset (docs/encryption.md).
 */
@Component
class Reencryption implements ApplicationRunner {

	static final int BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(Reencryption.class);

	private final List<EncryptedRows> tables;

	private final TransactionTemplate transactions;

	private final EncryptionSettings settings;

	private final TextCipher cipher;

	Reencryption(List<EncryptedRows> tables, TransactionTemplate transactions, EncryptionSettings settings,
			TextCipher cipher) {
		this.tables = tables;
		this.transactions = transactions;
		this.settings = settings;
		this.cipher = cipher;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.settings.reencryptOnStart()) {
			for (EncryptedRows table : this.tables) {
				int done = reencryptAll(table, this.transactions);
				log.info("{}: {} rows re-encrypted under key {}", table.table(), done, this.cipher.primaryKeyId());
			}
		}
	}

	/**
	 * Re-encrypts until no row of the table is left under an old key; answers how many.
	 */
	static int reencryptAll(EncryptedRows table, TransactionTemplate transactions) {
		int total = 0;
		int done;
		do {
			done = transactions.execute((status) -> table.reencryptBatch(BATCH));
			total += done;
		}
		while (done > 0);
		return total;
	}

}
