package org.between.endings;

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
 * Therapists' letters in {@code endings_portfolio_letter}, one per client and therapist,
 * the letter encrypted through the {@link TextCipher} (associated data
 * {@code endings_portfolio_letter/<id>/letter}). The therapist's name is kept as it was
 * when they wrote, so that the client still sees who wrote after the link ends.
 */
@Component
class PortfolioLetterStore implements EncryptedRows {

	static final String TABLE = "endings_portfolio_letter";

	private static final StaleRows ROWS = StaleRows.of(TABLE, "letter");

	private static final String COLUMNS = "id, client_id, therapist_id, therapist_name, letter_cipher, written_at";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	PortfolioLetterStore(JdbcClient jdbc, TextCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** Every letter to the client, newest first. */
	List<StoredLetter> to(UUID clientId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from " + TABLE + " where client_id = ? order by written_at desc, id")
			.param(clientId)
			.query(this::row)
			.list();
	}

	Optional<StoredLetter> find(UUID clientId, UUID therapistId) {
		return this.jdbc.sql("select " + COLUMNS + " from " + TABLE + " where client_id = ? and therapist_id = ?")
			.params(clientId, therapistId)
			.query(this::row)
			.optional();
	}

	/** Writes the therapist's letter to the client, replacing the one before. */
	void save(UUID clientId, UUID therapistId, String therapistName, String letter, Instant at) {
		UUID id = find(clientId, therapistId).map(StoredLetter::id).orElseGet(UUID::randomUUID);
		StoredLetter row = new StoredLetter(id, clientId, therapistId, therapistName, letter, at);
		if (this.jdbc
			.sql("update " + TABLE + " set therapist_name = ?, key_id = ?, letter_cipher = ?, written_at = ? "
					+ "where id = ?")
			.params(therapistName, this.cipher.primaryKeyId(), encrypt(row), utc(at), id)
			.update() == 0) {
			this.jdbc.sql("insert into " + TABLE + " (" + COLUMNS + ", key_id) values (?, ?, ?, ?, ?, ?, ?)")
				.params(id, clientId, therapistId, therapistName, encrypt(row), utc(at), this.cipher.primaryKeyId())
				.update();
		}
	}

	/** Takes the therapist's letter back. */
	void delete(UUID clientId, UUID therapistId) {
		this.jdbc.sql("delete from " + TABLE + " where client_id = ? and therapist_id = ?")
			.params(clientId, therapistId)
			.update();
	}

	@Override
	public String table() {
		return TABLE;
	}

	@Override
	public int reencryptBatch(int batch) {
		return ROWS.rewrite(this.jdbc, this.cipher, batch);
	}

	private String encrypt(StoredLetter l) {
		return this.cipher.encrypt(TABLE, l.id(), "letter", l.letter());
	}

	private StoredLetter row(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new StoredLetter(id, rs.getObject("client_id", UUID.class), rs.getObject("therapist_id", UUID.class),
				rs.getString("therapist_name"), this.cipher.decrypt(TABLE, id, "letter", rs.getString("letter_cipher")),
				rs.getObject("written_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	record StoredLetter(UUID id, UUID clientId, UUID therapistId, String therapistName, String letter,
			Instant writtenAt) {

		PortfolioLetter view() {
			return new PortfolioLetter(this.therapistId, this.therapistName, this.letter, this.writtenAt);
		}

	}

}
