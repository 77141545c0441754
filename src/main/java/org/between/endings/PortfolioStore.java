package org.between.endings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.between.shared.EncryptedRows;
import org.between.shared.TextCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Portfolios in {@code endings_portfolio}, one row per client. What the client wrote is
 * one JSON document encrypted through the {@link TextCipher} (associated data
 * {@code endings_portfolio/<client id>/body}); {@code shared_with} is the therapist the
 * client lets read it (null: no one), so that a later therapist is not let in by an old
 * choice.
 */
@Component
class PortfolioStore implements EncryptedRows {

	static final String TABLE = "endings_portfolio";

	private static final String COLUMNS = "client_id, body_cipher, shared_with, updated_at";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	private final JsonMapper json = JsonMapper.builder().build();

	PortfolioStore(JdbcClient jdbc, TextCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	Optional<Stored> find(UUID clientId) {
		return this.jdbc.sql("select " + COLUMNS + " from " + TABLE + " where client_id = ?")
			.param(clientId)
			.query(this::row)
			.optional();
	}

	void save(Stored p) {
		int updated = this.jdbc
			.sql("update " + TABLE + " set key_id = ?, body_cipher = ?, shared_with = ?, updated_at = ? "
					+ "where client_id = ?")
			.params(this.cipher.primaryKeyId(), encrypt(p), p.sharedWith(), utc(p.updatedAt()), p.clientId())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into " + TABLE + " (client_id, key_id, body_cipher, shared_with, updated_at) "
						+ "values (?, ?, ?, ?, ?)")
				.params(p.clientId(), this.cipher.primaryKeyId(), encrypt(p), p.sharedWith(), utc(p.updatedAt()))
				.update();
		}
	}

	@Override
	public String table() {
		return TABLE;
	}

	@Override
	public int reencryptBatch(int batch) {
		List<Stored> stale = this.jdbc
			.sql("select " + COLUMNS + " from " + TABLE + " where key_id <> ? order by client_id limit ?")
			.params(this.cipher.primaryKeyId(), batch)
			.query(this::row)
			.list();
		stale.forEach(this::save);
		return stale.size();
	}

	private String encrypt(Stored p) {
		return this.cipher.encrypt(TABLE, p.clientId(), "body", this.json.writeValueAsString(p.body()));
	}

	private Stored row(ResultSet rs, int row) throws SQLException {
		UUID clientId = rs.getObject("client_id", UUID.class);
		Body body = this.json.readValue(this.cipher.decrypt(TABLE, clientId, "body", rs.getString("body_cipher")),
				Body.class);
		OffsetDateTime at = rs.getObject("updated_at", OffsetDateTime.class);
		return new Stored(clientId, body, rs.getObject("shared_with", UUID.class), at.toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** What the client wrote, as encrypted. */
	record Body(List<String> skillsThatWork, List<String> insights, List<String> relapseSigns, List<String> whatToDo,
			String howToComeBack) {
	}

	/** A row: the client, what they wrote, whom they let read it, when they saved. */
	record Stored(UUID clientId, Body body, UUID sharedWith, Instant updatedAt) {
	}

}
