package org.between.shared;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class ReencryptionTests {

	private final Transactions manager = new Transactions();

	private final TransactionTemplate transactions = new TransactionTemplate(this.manager);

	@Test
	void everyEncryptedTableIsRewrittenInBatchesOfItsOwnTransactionWhenAskedFor() {
		StaleRows journal = new StaleRows("journal_entry", 450);
		StaleRows other = new StaleRows("absences_note", 3);
		reencryption(true, journal, other).run(new DefaultApplicationArguments());

		assertThat(journal.stale).isZero();
		assertThat(other.stale).isZero();
		assertThat(journal.batches).containsExactly(200, 200, 50, 0);
		assertThat(this.manager.commits).isEqualTo(journal.batches.size() + other.batches.size());
	}

	@Test
	void nothingHappensUnlessAskedFor() {
		StaleRows journal = new StaleRows("journal_entry", 5);
		reencryption(false, journal).run(new DefaultApplicationArguments());
		assertThat(journal.stale).isEqualTo(5);
	}

	private Reencryption reencryption(boolean onStart, EncryptedRows... tables) {
		return new Reencryption(List.of(tables), this.transactions,
				new EncryptionSettings("", "unused", false, onStart), TextCiphers.fresh());
	}

	static final class StaleRows implements EncryptedRows {

		private final String table;

		int stale;

		final List<Integer> batches = new ArrayList<>();

		StaleRows(String table, int stale) {
			this.table = table;
			this.stale = stale;
		}

		@Override
		public String table() {
			return this.table;
		}

		@Override
		public int reencryptBatch(int batch) {
			int done = Math.min(batch, this.stale);
			this.stale -= done;
			this.batches.add(done);
			return done;
		}

	}

	static final class Transactions extends AbstractPlatformTransactionManager {

		int commits;

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
			this.commits++;
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

}
