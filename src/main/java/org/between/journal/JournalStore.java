package org.between.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.between.shared.EncryptedRows;
import org.between.shared.TextCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code journal_entry} and {@code journal_read} tables. Titles and bodies go in and
 * come out through the {@link TextCipher} (associated data
 * {@code journal_entry/<id>/title} and {@code …/body}); nothing readable is ever written.
 * After a key rotation the shared re-encryption calls {@link #reencryptBatch}.
 */
@Component
class JournalStore implements EncryptedRows {

	static final String TABLE = "journal_entry";

	static final String TITLE = "title";

	static final String BODY = "body";

	private static final String COLUMNS = "id, client_id, key_id, title_cipher, body_cipher, intensity, "
			+ "bring_to_session, share_with_therapist, shared_at, created_at, updated_at";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	JournalStore(JdbcClient jdbc, TextCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	void insert(StoredEntry entry) {
		this.jdbc.sql("insert into journal_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(entry.id(), entry.clientId(), this.cipher.primaryKeyId(), encrypt(entry.id(), TITLE, entry.title()),
					encrypt(entry.id(), BODY, entry.body()), entry.intensity(), entry.bringToSession(),
					entry.shareWithTherapist(), timestamp(entry.sharedAt()), timestamp(entry.createdAt()),
					timestamp(entry.updatedAt()))
			.update();
	}

	/** Writes the whole entry again, encrypted under the current primary key. */
	void update(StoredEntry entry) {
		this.jdbc.sql("""
				update journal_entry set key_id = ?, title_cipher = ?, body_cipher = ?, intensity = ?,
				bring_to_session = ?, share_with_therapist = ?, shared_at = ?, updated_at = ? where id = ?""")
			.params(this.cipher.primaryKeyId(), encrypt(entry.id(), TITLE, entry.title()),
					encrypt(entry.id(), BODY, entry.body()), entry.intensity(), entry.bringToSession(),
					entry.shareWithTherapist(), timestamp(entry.sharedAt()), timestamp(entry.updatedAt()), entry.id())
			.update();
	}

	Optional<StoredEntry> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from journal_entry where id = ?")
			.param(id)
			.query(this::entry)
			.optional();
	}

	/** Every entry of the client, newest first (decrypted, for search in memory). */
	List<StoredEntry> all(UUID clientId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from journal_entry where client_id = ? order by created_at desc, id desc")
			.param(clientId)
			.query(this::entry)
			.list();
	}

	/**
	 * A page of the client's entries created before the instant (null: the newest),
	 * newest first.
	 */
	List<StoredEntry> page(UUID clientId, Instant before, int limit) {
		if (before == null) {
			return this.jdbc
				.sql("select " + COLUMNS + " from journal_entry where client_id = ? "
						+ "order by created_at desc, id desc limit ?")
				.params(clientId, limit)
				.query(this::entry)
				.list();
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from journal_entry where client_id = ? and created_at < ? "
					+ "order by created_at desc, id desc limit ?")
			.params(clientId, timestamp(before), limit)
			.query(this::entry)
			.list();
	}

	List<StoredEntry> shared(UUID clientId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from journal_entry where client_id = ? "
					+ "and share_with_therapist = true order by created_at desc, id desc")
			.param(clientId)
			.query(this::entry)
			.list();
	}

	List<StoredEntry> agenda(UUID clientId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from journal_entry where client_id = ? "
					+ "and bring_to_session = true order by created_at desc, id desc")
			.param(clientId)
			.query(this::entry)
			.list();
	}

	int agendaCount(UUID clientId) {
		return this.jdbc.sql("select count(*) from journal_entry where client_id = ? and bring_to_session = true")
			.param(clientId)
			.query(Integer.class)
			.single();
	}

	boolean delete(UUID id) {
		this.jdbc.sql("delete from journal_read where entry_id = ?").param(id).update();
		return this.jdbc.sql("delete from journal_entry where id = ?").param(id).update() > 0;
	}

	void recordRead(UUID entryId, UUID clientId, UUID readerId, Instant at) {
		this.jdbc.sql("insert into journal_read (id, entry_id, client_id, reader_id, at) values (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), entryId, clientId, readerId, timestamp(at))
			.update();
	}

	/** The reads of an entry, oldest first. */
	List<Read> reads(UUID entryId) {
		return this.jdbc.sql("select reader_id, at from journal_read where entry_id = ? order by at, id")
			.param(entryId)
			.query((rs, n) -> new Read(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
			.list();
	}

	@Override
	public String table() {
		return TABLE;
	}

	/**
	 * Re-encrypts up to {@code batch} entries that are not under the primary key; answers
	 * how many it rewrote (0 when all are done).
	 */
	@Override
	public int reencryptBatch(int batch) {
		List<StoredEntry> stale = this.jdbc
			.sql("select " + COLUMNS + " from journal_entry where key_id <> ? order by id limit ?")
			.params(this.cipher.primaryKeyId(), batch)
			.query(this::entry)
			.list();
		for (StoredEntry entry : stale) {
			this.jdbc.sql("update journal_entry set key_id = ?, title_cipher = ?, body_cipher = ? where id = ?")
				.params(this.cipher.primaryKeyId(), encrypt(entry.id(), TITLE, entry.title()),
						encrypt(entry.id(), BODY, entry.body()), entry.id())
				.update();
		}
		return stale.size();
	}

	long primaryKeyId() {
		return this.cipher.primaryKeyId();
	}

	private StoredEntry entry(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Timestamp sharedAt = rs.getTimestamp("shared_at");
		return new StoredEntry(id, rs.getObject("client_id", UUID.class), rs.getLong("key_id"),
				decrypt(id, TITLE, rs.getString("title_cipher")), decrypt(id, BODY, rs.getString("body_cipher")),
				rs.getObject("intensity", Integer.class), rs.getBoolean("bring_to_session"),
				rs.getBoolean("share_with_therapist"), (sharedAt != null) ? sharedAt.toInstant() : null,
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	private String encrypt(UUID id, String field, String plain) {
		return this.cipher.encrypt(TABLE, id, field, plain);
	}

	private String decrypt(UUID id, String field, String cipher) {
		return this.cipher.decrypt(TABLE, id, field, cipher);
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	record Read(UUID readerId, Instant at) {
	}

}
