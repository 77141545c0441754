package org.between.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, tamper-evident record of who touched whose data. Every module writes
 * here in the same transaction as the read or change it records. Each row's hash covers
 * its fields and the previous row's hash; the head row holds the last hash, so an edited,
 * inserted or deleted row breaks the chain where {@link #verify()} looks.
 */
@Service
public class AuditLog {

	static final String GENESIS = "0".repeat(64);

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Appends a row. Joins the caller's transaction, so the row exists exactly when what
	 * it records does.
	 * @param actorId who acted (null for the system)
	 * @param action what happened, e.g. {@code JOURNAL_ENTRY_READ}
	 * @param subjectId whose data it is
	 * @param itemType the kind of item, e.g. {@code JOURNAL_ENTRY}
	 * @param itemId the item's id
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(UUID actorId, AuditAction auditAction, UUID subjectId, String itemType, String itemId) {
		String action = Objects.requireNonNull(auditAction, "action").name();
		var head = this.jdbc.sql("select last_seq, last_hash from audit_log_head where id = 1 for update")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		// Micro-second precision survives the round trip through both databases
		// unchanged.
		Instant at = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		var row = new Row(head.seq() + 1, at, actorId, action, subjectId, itemType, itemId, head.hash(), null);
		String hash = row.computeHash();
		this.jdbc.sql("""
				insert into audit_log (seq, at, actor_id, action, subject_id, item_type, item_id, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(row.seq(), Timestamp.from(at), actorId, action, subjectId, itemType, itemId, head.hash(), hash)
			.update();
		this.jdbc.sql("update audit_log_head set last_seq = ?, last_hash = ? where id = 1")
			.params(row.seq(), hash)
			.update();
	}

	/** The rows about one person's data, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> about(UUID subjectId, int limit) {
		return this.jdbc.sql("""
				select a.seq, a.at, a.actor_id, u.display_name, a.action, a.item_type, a.item_id
				from audit_log a left join accounts_user u on u.id = a.actor_id
				where a.subject_id = ? order by a.seq desc limit ?""")
			.params(subjectId, limit)
			.query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	/**
	 * The rows about one person's data written by someone else (a therapist, a cover),
	 * newest first, a page at a time.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> aboutByOthers(UUID subjectId, int offset, int limit) {
		return this.jdbc.sql("""
				select a.seq, a.at, a.actor_id, u.display_name, a.action, a.item_type, a.item_id
				from audit_log a left join accounts_user u on u.id = a.actor_id
				where a.subject_id = ? and a.actor_id is not null and a.actor_id <> a.subject_id
				order by a.seq desc limit ? offset ?""")
			.params(subjectId, limit, offset)
			.query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	/**
	 * The rows about what the person did themselves (or the system did for them, such as
	 * a reset link sent), newest first.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> aboutByThemselves(UUID subjectId, int limit) {
		return this.jdbc.sql("""
				select a.seq, a.at, a.actor_id, null, a.action, a.item_type, a.item_id
				from audit_log a
				where a.subject_id = ? and (a.actor_id is null or a.actor_id = a.subject_id)
				order by a.seq desc limit ?""")
			.params(subjectId, limit)
			.query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	/** Walks the whole chain; the result names the first row that does not fit. */
	@Transactional(readOnly = true)
	public Verification verify() {
		List<String> problems = new ArrayList<>();
		String[] previous = { GENESIS };
		long[] expectedSeq = { 1 };
		long[] count = { 0 };
		this.jdbc.sql("""
				select seq, at, actor_id, action, subject_id, item_type, item_id, prev_hash, hash
				from audit_log order by seq""").query((rs) -> {
			var row = new Row(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getString(9));
			count[0]++;
			if (row.seq() != expectedSeq[0]) {
				problems.add("row " + expectedSeq[0] + " is missing (next row is " + row.seq() + ")");
			}
			if (!row.prevHash().equals(previous[0])) {
				problems.add("row " + row.seq() + " does not follow the row before it");
			}
			if (!row.hash().equals(row.computeHash())) {
				problems.add("row " + row.seq() + " was changed after it was written");
			}
			previous[0] = row.hash();
			expectedSeq[0] = row.seq() + 1;
		});
		var head = this.jdbc.sql("select last_seq, last_hash from audit_log_head where id = 1")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		if (head.seq() != expectedSeq[0] - 1 || !head.hash().equals(previous[0])) {
			problems.add("the newest rows up to " + head.seq() + " are missing or changed");
		}
		return new Verification(count[0], List.copyOf(problems));
	}

	/** The outcome of {@link #verify()}: intact when there are no problems. */
	public record Verification(long rows, List<String> problems) {

		public boolean intact() {
			return this.problems.isEmpty();
		}

	}

	private record Head(long seq, String hash) {
	}

	private record Row(long seq, Instant at, UUID actorId, String action, UUID subjectId, String itemType,
			String itemId, String prevHash, String hash) {

		String computeHash() {
			String fields = String.join("|", Long.toString(this.seq), this.at.toString(), text(this.actorId),
					this.action, text(this.subjectId), text(this.itemType), text(this.itemId), this.prevHash);
			return Secrets.sha256(fields);
		}

		private static String text(Object value) {
			return (value == null) ? "" : value.toString();
		}

	}

}
