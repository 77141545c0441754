package org.between.journal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a key rotation: rewrites every entry that is not under the primary key, in small
 * transactions, when {@code between.journal.reencrypt-on-start} is true. Afterwards the
 * old key can be removed from the keyset (docs/journal.md).
 */
@Component
class Reencryption implements ApplicationRunner {

	static final int BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(Reencryption.class);

	private final JournalStore store;

	private final TransactionTemplate transactions;

	private final JournalSettings settings;

	Reencryption(JournalStore store, TransactionTemplate transactions, JournalSettings settings) {
		this.store = store;
		this.transactions = transactions;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.settings.reencryptOnStart()) {
			int done = reencryptAll();
			log.info("Journal: {} entries re-encrypted under key {}", done, this.store.primaryKeyId());
		}
	}

	/** Re-encrypts until no entry is left under an old key; answers how many. */
	int reencryptAll() {
		int total = 0;
		int done;
		do {
			done = this.transactions.execute((status) -> this.store.reencryptBatch(BATCH));
			total += done;
		}
		while (done > 0);
		return total;
	}

}
