package org.between;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.notify.Mail;
import org.between.safety.SafetyPlans;
import org.between.sessions.Sessions;
import org.between.shared.EncryptedRows;
import org.between.shared.TextCipher;
import org.between.shared.TextCiphers;
import org.between.support.Databases;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.between.toolbox.Toolbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: nothing a person wrote is stored in clear. Every writing of {@link Writings}
 * is written through the facades, then every column of every table is read back — text,
 * binary (the sessions' attributes) and everything else as text — and none may hold a
 * marker. On H2 the database is also written to a file ({@code SCRIPT}, then a file
 * database made from it) and the file's bytes are searched. Then every row the scene
 * wrote is marked as under an older key and the shared re-encryption rewrites them under
 * the primary key, through each store's own {@link EncryptedRows}, and what was written
 * still reads.
 */
@ModuleTest
abstract class PlainTextAtRestTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	TextCipher cipher;

	@Autowired
	List<EncryptedRows> encryptedTables;

	@Autowired
	TransactionTemplate transactions;

	@TempDir
	Path folder;

	@Test
	void noColumnHoldsAnythingAPersonWroteInClear() throws Exception {
		Writings.Scene scene = Writings.writeAll(this.context, new ModulePeople(this.accounts, this.links, this.clock),
				this.clock);
		assertThat(scene.markers).hasSizeGreaterThan(40);

		assertThat(cellsHolding(scene.markers)).as("columns that hold written text in clear").isEmpty();
		if ("H2".equals(Databases.product(this.jdbc))) {
			assertThat(h2FileHolds(scene.markers)).as("the H2 file holds written text in clear").isEmpty();
		}

		// The search finds text that is in clear: a queued mail's body is, until it is
		// sent.
		String control = "zqcontrol" + System.nanoTime();
		this.context.getBean(Mail.class).queue("someone@example.org", "A subject", "A body " + control);
		assertThat(cellsHolding(Map.of(control, "control"))).containsExactly("notify_outbox.body: control");
		if ("H2".equals(Databases.product(this.jdbc))) {
			assertThat(h2FileHolds(Map.of(control, "control"))).contains("copy.mv.db: control");
		}
	}

	@Test
	void everyRowWrittenIsRewrittenUnderThePrimaryKeyAndStillReads() {
		Writings.Scene scene = Writings.writeAll(this.context, new ModulePeople(this.accounts, this.links, this.clock),
				this.clock);
		List<String> tables = tablesWithKeyIds();
		assertThat(tables).contains("safety_plan_version", "safety_plan_proposal", "checkin_entry", "toolbox_skill",
				"toolbox_skill_step", "toolbox_practice", "frame_session", "frame_standing_appointment",
				"frame_policy_version", "frame_client_fee", "accounts_user", "journal_entry", "absences_absence",
				"absences_break_plan", "contact_agreement", "messages_entry");
		int marked = 0;
		for (String table : tables) {
			marked += this.jdbc.update("update " + table + " set key_id = 1 where " + owned(table, scene));
		}
		assertThat(marked).isGreaterThan(20);

		int rewritten = 0;
		for (EncryptedRows table : this.encryptedTables) {
			rewritten += TextCiphers.reencryptAll(table, this.transactions);
		}

		assertThat(rewritten).isGreaterThanOrEqualTo(marked);
		for (String table : tables) {
			assertThat(this.jdbc.queryForObject(
					"select count(*) from " + table + " where key_id <> ? and " + owned(table, scene), Integer.class,
					this.cipher.primaryKeyId()))
				.as(table)
				.isZero();
		}
		assertThat(this.context.getBean(SafetyPlans.class).current(scene.client).warningSigns().get(0))
			.startsWith("Written: plan: warning sign");
		assertThat(this.context.getBean(Toolbox.class).skills(scene.client))
			.anyMatch((s) -> s.name().startsWith("Written: skill: name") && s.steps().size() == 2
					&& s.steps().get(1).startsWith("Written: skill: step two"));
		assertThat(this.context.getBean(Sessions.class).upcoming(scene.therapist, 1).get(0).videoLink())
			.startsWith("https://video.example/room");
		assertThat(cellsHolding(scene.markers)).isEmpty();
	}

	/** Every cell, as text, that holds a marker: "table.column: writing / field". */
	List<String> cellsHolding(Map<String, String> markers) {
		List<String> found = new ArrayList<>();
		for (String table : tables()) {
			this.jdbc.query("select * from " + table, (ResultSet rs) -> {
				ResultSetMetaData meta = rs.getMetaData();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					String cell = text(rs.getObject(i));
					if (cell == null) {
						continue;
					}
					for (Map.Entry<String, String> marker : markers.entrySet()) {
						if (cell.contains(marker.getKey())) {
							found.add(table + "." + meta.getColumnName(i).toLowerCase() + ": " + marker.getValue());
						}
					}
				}
			});
		}
		return found.stream().distinct().toList();
	}

	/**
	 * The in-memory H2 database written to a file database ({@code SCRIPT} to a file, run
	 * into a new file database), and the markers found in the bytes of either file.
	 */
	List<String> h2FileHolds(Map<String, String> markers) throws Exception {
		Path dir = Files.createDirectories(this.folder.resolve("h2-" + System.nanoTime()));
		Path script = dir.resolve("dump.sql");
		this.jdbc.execute("script to '" + script + "'");
		String url = "jdbc:h2:file:" + dir.resolve("copy") + ";MODE=PostgreSQL";
		try (Connection copy = DriverManager.getConnection(url, "sa", "");
				Statement statement = copy.createStatement()) {
			statement.execute("runscript from '" + script + "'");
			statement.execute("shutdown");
		}
		List<String> found = new ArrayList<>();
		for (Path file : List.of(script, dir.resolve("copy.mv.db"))) {
			assertThat(file).exists();
			String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
			String utf16 = new String(Files.readAllBytes(file), StandardCharsets.UTF_16BE)
					+ new String(Files.readAllBytes(file), StandardCharsets.UTF_16LE);
			markers.forEach((marker, what) -> {
				if (bytes.contains(marker) || utf16.contains(marker)) {
					found.add(file.getFileName() + ": " + what);
				}
			});
		}
		return found;
	}

	/** The application's tables (Flyway's history included). */
	List<String> tables() {
		return this.jdbc.execute((ConnectionCallback<List<String>>) (connection) -> {
			TreeSet<String> names = new TreeSet<>();
			try (ResultSet rs = connection.getMetaData()
				.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
				while (rs.next()) {
					names.add(rs.getString("TABLE_NAME"));
				}
			}
			return names.stream().map((n) -> n.equals(n.toLowerCase()) ? n : n.toLowerCase()).toList();
		}).stream().map((n) -> n.equals("flyway_schema_history") ? "\"flyway_schema_history\"" : n).toList();
	}

	/** The tables with a {@code key_id} column: those whose text is encrypted. */
	List<String> tablesWithKeyIds() {
		return this.jdbc
			.queryForList("select lower(table_name) from information_schema.columns where lower(column_name) = 'key_id'"
					+ " and lower(table_schema) = 'public'", String.class)
			.stream()
			.sorted()
			.toList();
	}

	/** The rows of a table that belong to the scene's people. */
	String owned(String table, Writings.Scene scene) {
		String ids = scene.peopleIds.stream().map((id) -> "'" + id + "'").collect(Collectors.joining(", "));
		if (table.equals("accounts_user")) {
			return "id in (" + ids + ")";
		}
		if (table.equals("toolbox_skill_step")) {
			return "skill_id in (select id from toolbox_skill where client_id in (" + ids + "))";
		}
		List<String> columns = this.jdbc.queryForList("select lower(column_name) from information_schema.columns "
				+ "where lower(table_name) = ? and lower(table_schema) = 'public'", String.class, table);
		for (String owner : List.of("client_id", "author_id", "therapist_id")) {
			if (columns.contains(owner)) {
				return owner + " in (" + ids + ")";
			}
		}
		throw new IllegalStateException(table + ": which column names the person? Add it to owned().");
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.ISO_8859_1) + new String(bytes, StandardCharsets.UTF_8);
		}
		if (value instanceof java.sql.Clob clob) {
			try {
				return clob.getSubString(1, (int) clob.length());
			}
			catch (java.sql.SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return value.toString();
	}

}
