package org.between.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.between.shared.EncryptedRows;
import org.between.shared.StaleRows;
import org.between.shared.TextCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bridge notes in {@code sessions_bridge_note}, the note encrypted with
 * {@link TextCipher} ({@code sessions_bridge_note/<id>/note}) under the key named in
 * {@code key_id}. Answers rows with the skill id only: the facade names the skill.
 */
@Component
class BridgeNoteStore implements EncryptedRows {

	static final String TABLE = "sessions_bridge_note";

	private static final StaleRows ROWS = StaleRows.of(TABLE, "note");

	private static final String COLUMNS = "id, session_id, therapist_id, client_id, session_starts_at, note_cipher, "
			+ "skill_id, written_at, kept_at";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	BridgeNoteStore(JdbcClient jdbc, TextCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * Writes the session's note, or replaces its text and skill (kept stays as it was).
	 */
	BridgeNote save(SessionView session, String note, UUID skillId, Instant now) {
		Optional<BridgeNote> existing = forSession(session.id());
		UUID id = existing.map(BridgeNote::id).orElseGet(UUID::randomUUID);
		String cipherText = this.cipher.encrypt(TABLE, id, "note", note);
		if (existing.isPresent()) {
			this.jdbc
				.sql("update " + TABLE + " set key_id = ?, note_cipher = ?, skill_id = ?, written_at = ? where id = ?")
				.params(this.cipher.primaryKeyId(), cipherText, skillId, utc(now), id)
				.update();
		}
		else {
			this.jdbc
				.sql("insert into " + TABLE + " (id, session_id, therapist_id, client_id, session_starts_at, key_id, "
						+ "note_cipher, skill_id, written_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(id, session.id(), session.therapistId(), session.clientId(), utc(session.startsAt()),
						this.cipher.primaryKeyId(), cipherText, skillId, utc(now))
				.update();
		}
		return find(id).orElseThrow();
	}

	Optional<BridgeNote> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from " + TABLE + " where id = ?")
			.param(id)
			.query(this::note)
			.optional();
	}

	Optional<BridgeNote> forSession(UUID sessionId) {
		return this.jdbc.sql("select " + COLUMNS + " from " + TABLE + " where session_id = ?")
			.param(sessionId)
			.query(this::note)
			.optional();
	}

	/**
	 * The note of the client's latest held session that began before {@code now}, if that
	 * session has one: a later held session without a note ends the earlier note's time
	 * on the home page.
	 */
	Optional<BridgeNote> current(UUID clientId, Instant now) {
		return this.jdbc
			.sql("select " + COLUMNS.replaceAll("(\\w+)", "n.$1") + " from frame_session s join " + TABLE
					+ " n on n.session_id = s.id where s.id = (select l.id from frame_session l where l.client_id = ? "
					+ "and l.status = 'HELD' and l.starts_at <= ? order by l.starts_at desc, l.id desc limit 1)")
			.params(clientId, utc(now))
			.query(this::note)
			.optional();
	}

	/** The pair's notes, newest session first (the therapist's brief). */
	List<BridgeNote> ofPair(UUID therapistId, UUID clientId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from " + TABLE
					+ " where therapist_id = ? and client_id = ? order by session_starts_at desc, id")
			.params(therapistId, clientId)
			.query(this::note)
			.list();
	}

	/** The notes the client kept, newest session first (their portfolio). */
	List<BridgeNote> kept(UUID clientId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from " + TABLE
					+ " where client_id = ? and kept_at is not null order by session_starts_at desc, id")
			.param(clientId)
			.query(this::note)
			.list();
	}

	void keep(UUID id, Instant now) {
		this.jdbc.sql("update " + TABLE + " set kept_at = ? where id = ? and kept_at is null")
			.params(utc(now), id)
			.update();
	}

	@Override
	public String table() {
		return TABLE;
	}

	/**
	 * Re-encrypts up to {@code batch} notes not under the primary key; answers how many.
	 */
	@Override
	public int reencryptBatch(int batch) {
		return ROWS.rewrite(this.jdbc, this.cipher, batch);
	}

	private BridgeNote note(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new BridgeNote(id, rs.getObject("session_id", UUID.class), rs.getObject("therapist_id", UUID.class),
				rs.getObject("client_id", UUID.class), instant(rs, "session_starts_at"),
				this.cipher.decrypt(TABLE, id, "note", rs.getString("note_cipher")),
				rs.getObject("skill_id", UUID.class), null, instant(rs, "written_at"), instant(rs, "kept_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
