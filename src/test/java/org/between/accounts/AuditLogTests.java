package org.between.accounts;

import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.between.accounts.Accounts.AccountView;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log's hash chain holds under normal and concurrent use and reports every kind
 * of tampering. Each tampering test puts the rows back afterwards and checks that the
 * chain is whole again, so the tests share one database.
 */
@ModuleTest
abstract class AuditLogTests {

	@Autowired
	AuditLog audit;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MutableClock clock;

	@Test
	void appendedRowsFormAnIntactChain() {
		long before = head();
		List<Long> seqs = appendThree(UUID.randomUUID());

		assertThat(seqs).containsExactly(before + 1, before + 2, before + 3);
		AuditLog.Verification result = this.audit.verify();
		assertThat(result.problems()).isEmpty();
		assertThat(result.intact()).isTrue();
		assertThat(result.rows()).isEqualTo(head());
	}

	@Test
	void changingARowsActionIsReportedAtThatRow() {
		List<Long> seqs = appendThree(UUID.randomUUID());
		long middle = seqs.get(1);
		tamperAndRestore(seqs,
				() -> this.jdbc.update("update audit_log set action = 'NOTHING_HAPPENED' where seq = ?", middle),
				"row " + middle + " was changed after it was written");
	}

	@Test
	void changingARowsSubjectIsReportedAtThatRow() {
		List<Long> seqs = appendThree(UUID.randomUUID());
		long middle = seqs.get(1);
		tamperAndRestore(seqs,
				() -> this.jdbc.update("update audit_log set subject_id = ? where seq = ?", UUID.randomUUID(), middle),
				"row " + middle + " was changed after it was written");
	}

	@Test
	void deletingAMiddleRowIsReported() {
		List<Long> seqs = appendThree(UUID.randomUUID());
		long middle = seqs.get(1);
		tamperAndRestore(seqs, () -> this.jdbc.update("delete from audit_log where seq = ?", middle),
				"row " + middle + " is missing (next row is " + (middle + 1) + ")");
	}

	@Test
	void deletingTheNewestRowIsReportedThroughTheHead() {
		List<Long> seqs = appendThree(UUID.randomUUID());
		long newest = seqs.get(2);
		tamperAndRestore(seqs, () -> this.jdbc.update("delete from audit_log where seq = ?", newest),
				"the newest rows up to " + newest + " are missing or changed");
	}

	@Test
	void aForgedRowWithAWellComputedHashIsReported() {
		List<Long> seqs = appendThree(UUID.randomUUID());
		long forged = seqs.get(2) + 1;
		String prevHash = this.jdbc.queryForObject("select hash from audit_log where seq = ?", String.class,
				seqs.get(2));
		Instant at = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		UUID subject = UUID.randomUUID();
		// Exactly how AuditLog hashes a row: someone who knows the code forges one.
		String hash = Secrets.sha256(String.join("|", Long.toString(forged), at.toString(), "", "ACCOUNT_DELETED",
				subject.toString(), "ACCOUNT", subject.toString(), prevHash));
		List<Long> touched = new ArrayList<>(seqs);
		touched.add(forged);
		tamperAndRestore(touched, () -> this.jdbc.update("""
				insert into audit_log (seq, at, actor_id, action, subject_id, item_type, item_id, prev_hash, hash)
				values (?, ?, null, 'ACCOUNT_DELETED', ?, 'ACCOUNT', ?, ?, ?)""", forged, Timestamp.from(at), subject,
				subject.toString(), prevHash, hash),
				"the newest rows up to " + seqs.get(2) + " are missing or changed");
	}

	@Test
	void concurrentAppendsKeepTheChainIntactAndWithoutGaps() throws Exception {
		UUID subject = UUID.randomUUID();
		long before = head();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> writers = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				int thread = t;
				writers.add(threads.submit(() -> {
					start.await();
					for (int i = 0; i < 25; i++) {
						String item = thread + "-" + i;
						transaction.executeWithoutResult((status) -> this.audit.record(null,
								action("CONCURRENT_APPEND"), subject, "TEST", item));
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> writer : writers) {
				writer.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(head()).isEqualTo(before + 100);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_log where seq > ? and seq <= ?", Long.class,
				before, before + 100))
			.isEqualTo(100);
		assertThat(this.jdbc.queryForObject("select count(distinct item_id) from audit_log where subject_id = ?",
				Long.class, subject))
			.isEqualTo(100);
		assertThat(this.audit.verify().problems()).isEmpty();
	}

	@Test
	void aboutListsOnlyThatSubjectsRowsNewestFirst() {
		AccountView therapist = this.accounts.signUp(AccountsTests.newAccount(AccountsTests.email(), Role.THERAPIST));
		UUID subject = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		this.audit.record(therapist.id(), action("JOURNAL_ENTRY_READ"), subject, "JOURNAL_ENTRY", "j-1");
		this.audit.record(therapist.id(), action("JOURNAL_ENTRY_READ"), other, "JOURNAL_ENTRY", "j-2");
		this.audit.record(therapist.id(), action("CHECKIN_READ"), subject, "CHECKIN", "c-1");
		this.audit.record(null, action("EXPORT_CREATED"), subject, "EXPORT", "e-1");

		List<AuditEntry> entries = this.audit.about(subject, 10);

		assertThat(entries).extracting(AuditEntry::itemId).containsExactly("e-1", "c-1", "j-1");
		assertThat(entries).extracting(AuditEntry::seq).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		assertThat(entries.get(1).actorName()).isEqualTo("Alex Example");
		assertThat(entries.get(1).actorId()).isEqualTo(therapist.id());
		assertThat(entries.get(0).actorId()).isNull();
		assertThat(entries.get(0).actorName()).isNull();
		assertThat(this.audit.about(subject, 2)).extracting(AuditEntry::itemId).containsExactly("e-1", "c-1");
	}

	@Test
	void theLogHasNoColumnForContent() {
		Set<String> columns = this.jdbc.query("select * from audit_log where 1 = 0",
				(ResultSetExtractor<Set<String>>) (rs) -> {
					ResultSetMetaData meta = rs.getMetaData();
					Set<String> names = new TreeSet<>();
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
					}
					return names;
				});
		assertThat(columns).containsExactlyInAnyOrder("seq", "at", "actor_id", "action", "subject_id", "item_type",
				"item_id", "prev_hash", "hash");
		assertThat(AuditEntry.class.getRecordComponents()).extracting((c) -> c.getName())
			.doesNotContain("content", "body", "text", "note");
	}

	private List<Long> appendThree(UUID subject) {
		List<Long> seqs = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			this.audit.record(null, action("TEST_READ"), subject, "TEST", "item-" + i);
			seqs.add(head());
		}
		return seqs;
	}

	private long head() {
		return this.jdbc.queryForObject("select last_seq from audit_log_head where id = 1", Long.class);
	}

	/**
	 * Tampers, checks that verify() reports the expected problem, then restores the rows
	 * as they were and checks that the chain is whole again.
	 */
	private void tamperAndRestore(List<Long> seqs, Runnable tampering, String expectedProblem) {
		assertThat(this.audit.verify().problems()).isEmpty();
		List<Map<String, Object>> original = new ArrayList<>();
		for (Long seq : seqs) {
			original.addAll(this.jdbc.queryForList("select * from audit_log where seq = ?", seq));
		}
		try {
			tampering.run();
			AuditLog.Verification result = this.audit.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.problems()).contains(expectedProblem);
		}
		finally {
			for (Long seq : seqs) {
				this.jdbc.update("delete from audit_log where seq = ?", seq);
			}
			for (Map<String, Object> row : original) {
				this.jdbc.update(
						"""
								insert into audit_log (seq, at, actor_id, action, subject_id, item_type, item_id, prev_hash, hash)
								values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
						row.get("seq"), row.get("at"), row.get("actor_id"), row.get("action"), row.get("subject_id"),
						row.get("item_type"), row.get("item_id"), row.get("prev_hash"), row.get("hash"));
			}
		}
		assertThat(this.audit.verify().problems()).isEmpty();
	}

	/** An action of this test's own, which no module writes. */
	private static AuditAction action(String name) {
		return () -> name;
	}

}
