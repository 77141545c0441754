package org.between.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The encrypted columns of one table, and the one loop that rewrites its rows under the
 * primary key, for every table (docs/encryption.md). A table has a {@code uuid id}, a
 * {@code bigint key_id} and a {@code <field>_cipher} column per field, bound to {@code
 *
<table>
 * /<id>/<field>} ({@link TextCipher}). A store declares its tables with {@link #of} and
 * answers {@link EncryptedRows#reencryptBatch} with {@link #rewrite}; the migration that
 * encrypted the older modules' plain text uses the same loop.
 */
public final class StaleRows {

	private static final Pattern NAME = Pattern.compile("[a-z0-9_]+");

	private final String table;

	private final List<String> fields;

	private StaleRows(String table, List<String> fields) {
		this.table = table;
		this.fields = fields;
	}

	/**
	 * A table and the fields of it that are encrypted (columns {@code <field>_cipher}).
	 */
	public static StaleRows of(String table, String... fields) {
		List<String> names = List.of(fields);
		if (!NAME.matcher(table).matches() || names.isEmpty()
				|| !names.stream().allMatch((f) -> NAME.matcher(f).matches())) {
			throw new IllegalArgumentException("a table and its fields are lower-case names");
		}
		return new StaleRows(table, names);
	}

	/** The column that holds a field's ciphertext. */
	public static String column(String field) {
		return field + "_cipher";
	}

	public String table() {
		return this.table;
	}

	public List<String> fields() {
		return this.fields;
	}

	/**
	 * Rewrites up to {@code batch} rows whose key id is not the primary key's: decrypt,
	 * encrypt again, store the primary key id. A row whose key id is null holds the plain
	 * text written before its table was encrypted: it is encrypted. Each update names the
	 * key id it read, so that two instances rewriting at once write each row once.
	 * Answers how many rows it read (0 when none is left). Runs inside the caller's
	 * transaction.
	 */
	public int rewrite(JdbcClient jdbc, TextCipher cipher, int batch) {
		String columns = this.fields.stream().map(StaleRows::column).collect(Collectors.joining(", "));
		List<Stale> stale = jdbc
			.sql("select id, key_id, " + columns + " from " + this.table
					+ " where key_id is null or key_id <> ? order by id limit ?")
			.params(cipher.primaryKeyId(), batch)
			.query(this::stale)
			.list();
		String assignments = this.fields.stream()
			.map((f) -> column(f) + " = ?")
			.collect(Collectors.joining(", ", "key_id = ?, ", ""));
		for (Stale row : stale) {
			List<Object> values = new ArrayList<>();
			values.add(cipher.primaryKeyId());
			for (int i = 0; i < this.fields.size(); i++) {
				String field = this.fields.get(i);
				String stored = row.texts().get(i);
				String plain = (row.keyId() == null) ? stored : cipher.decrypt(this.table, row.id(), field, stored);
				values.add(cipher.encrypt(this.table, row.id(), field, plain));
			}
			values.add(row.id());
			String sameKey = (row.keyId() == null) ? "key_id is null" : "key_id = ?";
			if (row.keyId() != null) {
				values.add(row.keyId());
			}
			jdbc.sql("update " + this.table + " set " + assignments + " where id = ? and " + sameKey)
				.params(values)
				.update();
		}
		return stale.size();
	}

	/**
	 * One batch over several tables of a store: the first table with rows left is
	 * rewritten; answers 0 once none of them has any.
	 */
	public static int rewrite(JdbcClient jdbc, TextCipher cipher, int batch, StaleRows... tables) {
		for (StaleRows table : tables) {
			int done = table.rewrite(jdbc, cipher, batch);
			if (done > 0) {
				return done;
			}
		}
		return 0;
	}

	private Stale stale(ResultSet rs, int row) throws SQLException {
		long keyId = rs.getLong("key_id");
		Long key = rs.wasNull() ? null : keyId;
		List<String> texts = new ArrayList<>();
		for (String field : this.fields) {
			texts.add(rs.getString(column(field)));
		}
		return new Stale(rs.getObject("id", UUID.class), key, texts);
	}

	private record Stale(UUID id, Long keyId, List<String> texts) {
	}

}
