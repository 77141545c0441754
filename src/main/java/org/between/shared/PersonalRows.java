package org.between.shared;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import tools.jackson.core.JsonGenerator;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A {@link PersonalData} made of tables: each row becomes one JSON object whose keys are
 * its column names, every {@code <field>_cipher} column decrypted into {@code <field>}
 * with {@link TextCipher} (associated data {@code table/id/field}, the stores'
 * convention), {@code key_id} and the hidden columns left out. Rows are read with a fetch
 * size, one at a time. A module's part is one small class:
 *
 * <pre>
 * &#64;Component
 * class JournalData extends PersonalRows {
 *     JournalData(DataSource db, TextCipher cipher) {
 *         super(db, cipher, "journal", List.of(PersonalTable.of("journal_entry", "client_id")));
 *     }
 * }
 * </pre>
 *
 * Tables are erased in the order given: children before the rows they refer to.
 */
public abstract class PersonalRows implements PersonalData {

	private static final String CIPHER = "_cipher";

	private final JdbcTemplate jdbc;

	private final TextCipher cipher;

	private final String name;

	private final List<PersonalTable> tables;

	protected PersonalRows(DataSource dataSource, TextCipher cipher, String name, List<PersonalTable> tables) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(200);
		this.cipher = cipher;
		this.name = name;
		this.tables = List.copyOf(tables);
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public void export(UUID person, JsonGenerator out) {
		out.writeStartObject();
		for (PersonalTable table : this.tables) {
			if (table.exported() != null) {
				out.writeArrayPropertyStart(table.table());
				this.jdbc.query("select * from " + table.table() + " where " + table.exported(),
						(ResultSet rs) -> writeRow(table, rs, out), params(table.exported(), person));
				out.writeEndArray();
			}
		}
		exportMore(person, out);
		out.writeEndObject();
	}

	/** For a part that adds properties of its own after its tables. */
	protected void exportMore(UUID person, JsonGenerator out) {
	}

	@Override
	public void erase(UUID person) {
		for (PersonalTable table : this.tables) {
			for (String clear : table.cleared()) {
				String[] columns = clear.split(",");
				String sets = java.util.Arrays.stream(columns)
					.map((c) -> c + " = null")
					.collect(Collectors.joining(", "));
				this.jdbc.update("update " + table.table() + " set " + sets + " where " + columns[0] + " = ?", person);
			}
			if (table.erased() == null) {
				continue;
			}
			this.jdbc.update("delete from " + table.table() + " where " + table.erased(),
					params(table.erased(), person));
		}
	}

	@Override
	public Set<String> covers() {
		return this.tables.stream().flatMap((t) -> t.covers().stream()).collect(Collectors.toUnmodifiableSet());
	}

	private void writeRow(PersonalTable table, ResultSet rs, JsonGenerator out) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		UUID id = null;
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			if (table.idColumn().equalsIgnoreCase(meta.getColumnLabel(i)) && rs.getObject(i) instanceof UUID uuid) {
				id = uuid;
			}
		}
		out.writeStartObject();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
			if (column.equals("key_id") || table.hidden().contains(column)) {
				continue;
			}
			Object value = rs.getObject(i);
			if (column.endsWith(CIPHER)) {
				String field = column.substring(0, column.length() - CIPHER.length());
				out.writeName(field);
				if (value == null) {
					out.writeNull();
				}
				else {
					out.writeString(this.cipher.decrypt(table.table(), id, field, value.toString()));
				}
				continue;
			}
			out.writeName(column);
			writeValue(value, out);
		}
		out.writeEndObject();
	}

	private static void writeValue(Object value, JsonGenerator out) {
		if (value == null) {
			out.writeNull();
		}
		else if (value instanceof Boolean b) {
			out.writeBoolean(b);
		}
		else if (value instanceof Integer || value instanceof Short || value instanceof Long) {
			out.writeNumber(((Number) value).longValue());
		}
		else if (value instanceof java.math.BigDecimal d) {
			out.writeNumber(d);
		}
		else if (value instanceof Number n) {
			out.writeNumber(n.doubleValue());
		}
		else if (value instanceof Timestamp t) {
			out.writeString(t.toInstant().toString());
		}
		else if (value instanceof OffsetDateTime t) {
			out.writeString(t.toInstant().toString());
		}
		else if (value instanceof byte[] bytes) {
			out.writeString(Base64.getEncoder().encodeToString(bytes));
		}
		else {
			out.writeString(value.toString());
		}
	}

	private static Object[] params(String condition, UUID person) {
		int count = (int) condition.chars().filter((c) -> c == '?').count();
		Object[] params = new Object[count];
		java.util.Arrays.fill(params, person);
		return params;
	}

}
