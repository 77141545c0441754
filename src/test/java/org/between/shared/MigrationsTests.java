package org.between.shared;

import java.util.List;

import org.between.support.Databases;
import org.between.support.ModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Flyway ran every migration on the database the test context uses. */
@ModuleTest
abstract class MigrationsTests {

	static final List<String> TABLES = List.of("accounts_user", "accounts_api_token", "accounts_invitation",
			"accounts_link", "accounts_password_reset", "accounts_failed_attempt", "accounts_colleague",
			"accounts_cover_grant", "audit_log", "audit_log_head", "notify_outbox", "spring_session",
			"spring_session_attributes", "shedlock");

	@Autowired
	JdbcTemplate jdbc;

	/** "H2" or "PostgreSQL". */
	abstract String expectedDatabase();

	@Test
	void runsOnTheExpectedDatabase() {
		assertThat(Databases.product(this.jdbc)).isEqualTo(expectedDatabase());
	}

	@Test
	void flywayAppliedEveryMigration() {
		List<String> scripts = this.jdbc.queryForList(
				// Flyway quotes its names: lower case on both databases.
				"select \"script\" from \"flyway_schema_history\" where \"success\" and \"version\" is not null order by \"installed_rank\"",
				String.class);
		// and the one Java migration, which needs the keyset (WrittenTextsMigration)
		assertThat(scripts).contains(WrittenTextsMigration.class.getName());
		scripts = scripts.stream().filter((script) -> script.endsWith(".sql")).toList();
		assertThat(scripts).hasSize(migrationFiles().size())
			.containsAll(migrationFiles())
			.contains("shared/V2026_11_22_0900__sessions_and_locks.sql",
					"accounts/V2026_11_22_1000__accounts_create.sql", "notify/V2026_11_22_1100__notify_create.sql");
		assertThat(this.jdbc.queryForObject("select count(*) from \"flyway_schema_history\" where not \"success\"",
				Integer.class))
			.isZero();
	}

	/** Every migration in the common folder, as Flyway names it (module/file). */
	static List<String> migrationFiles() {
		try {
			var resources = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
				.getResources("classpath*:db/migration/common/*/V*.sql");
			return java.util.Arrays.stream(resources).map((r) -> {
				try {
					String url = r.getURL().toString();
					return url.substring(url.indexOf("db/migration/common/") + "db/migration/common/".length());
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).toList();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void everyTableExists() {
		for (String table : TABLES) {
			assertThat(this.jdbc.queryForObject("select count(*) from " + table + " where 1 = 0", Integer.class))
				.as(table)
				.isZero();
		}
		assertThat(this.jdbc.queryForObject("select last_seq from audit_log_head where id = 1", Long.class))
			.isNotNull();
	}

}
