package org.between.journal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;

import org.between.shared.TextCiphers;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The H2 file database (the embedded setup) never holds journal text in the clear: the
 * marker is not in the file's bytes, while a control text stored unencrypted is, so the
 * search would find it.
 */
class JournalFileDatabaseTests {

	@Test
	void theDatabaseFileDoesNotContainTheText() throws Exception {
		Path dir = Files.createDirectories(Path.of("target", "journal-h2-file"));
		String name = "db-" + UUID.randomUUID();
		String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve(name) + ";MODE=PostgreSQL";
		String marker = "secret-marker-" + UUID.randomUUID();
		String control = "control-marker-" + UUID.randomUUID();
		String migration = new String(
				getClass().getResourceAsStream("/db/migration/common/journal/V2026_11_22_1600__journal_create.sql")
					.readAllBytes(),
				StandardCharsets.UTF_8);

		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			try (Statement statement = connection.createStatement()) {
				statement.execute(migration);
				statement.execute("create table control_text (text varchar(200))");
			}
			SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection, true);
			JdbcClient jdbc = JdbcClient.create(dataSource);
			JournalStore store = new JournalStore(jdbc, TextCiphers.fresh());
			Instant now = Instant.now();
			for (int i = 0; i < 20; i++) {
				store.insert(new StoredEntry(UUID.randomUUID(), UUID.randomUUID(), 0, "Title " + marker,
						"Body " + marker, 5, true, true, now, now, now));
			}
			jdbc.sql("insert into control_text (text) values (?)").param(control).update();
			try (Statement statement = connection.createStatement()) {
				statement.execute("shutdown");
			}
		}

		byte[] file = Files.readAllBytes(dir.resolve(name + ".mv.db"));
		String bytes = new String(file, StandardCharsets.ISO_8859_1);
		assertThat(bytes).as("the control text is findable").contains(control);
		assertThat(bytes).doesNotContain(marker);
	}

}
