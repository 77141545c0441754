package org.between.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.between.support.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration of "What my therapist sees" on a database that already has links: every
 * existing link starts with nothing shared (what the invitation had promised), except
 * insights for a client who had turned its switch on, which is now the link's insights
 * category; the old switch's table is gone. On H2 and on PostgreSQL.
 */
class SharingMigrationTests {

	/** The first of the sharing migrations. */
	static final MigrationVersion SHARING = MigrationVersion.fromVersion("2026.12.03.1000");

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void existingLinksShareNothingButInsightsThatWereShared(String vendor) {
		String url = vendor.equals("h2")
				? "jdbc:h2:mem:sharing-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
				: EmbeddedPostgresServer.createDatabase();
		DriverManagerDataSource data = vendor.equals("h2") ? new DriverManagerDataSource(url, "sa", "")
				: new DriverManagerDataSource(url, "postgres", "postgres");
		MigrationVersion before = java.util.Arrays.stream(flyway(data, vendor).load().info().all())
			.map(MigrationInfo::getVersion)
			.filter((v) -> v != null && v.compareTo(SHARING) < 0)
			.max(MigrationVersion::compareTo)
			.orElseThrow();
		flyway(data, vendor).target(before).load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(data);
		UUID therapist = user(jdbc, "THERAPIST");
		UUID sharing = user(jdbc, "CLIENT");
		UUID notSharing = user(jdbc, "CLIENT");
		UUID ended = user(jdbc, "CLIENT");
		UUID sharingLink = link(jdbc, therapist, sharing, false);
		UUID plainLink = link(jdbc, therapist, notSharing, false);
		UUID endedLink = link(jdbc, therapist, ended, true);
		Timestamp changed = Timestamp.from(Instant.parse("2026-11-30T10:00:00Z"));
		jdbc.update("insert into insights_sharing (client_id, shared, changed_at) values (?, true, ?)", sharing,
				changed);
		jdbc.update("insert into insights_sharing (client_id, shared, changed_at) values (?, false, ?)", notSharing,
				changed);
		jdbc.update("insert into insights_sharing (client_id, shared, changed_at) values (?, true, ?)", ended, changed);

		flyway(data, vendor).load().migrate();

		assertThat(sharing(jdbc, sharingLink)).containsEntry("share_insights", true)
			.containsEntry("share_checkins", false)
			.containsEntry("share_risk_flags", false)
			.containsEntry("share_measures", false)
			.containsEntry("share_skills", false);
		assertThat(sharing(jdbc, plainLink)).doesNotContainValue(true);
		assertThat(sharing(jdbc, endedLink)).doesNotContainValue(true);
		assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where lower(table_name) = ?",
				Integer.class, "insights_sharing"))
			.isZero();
	}

	static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DriverManagerDataSource data, String vendor) {
		return Flyway.configure()
			.dataSource(data)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
	}

	static UUID user(JdbcTemplate jdbc, String role) {
		UUID id = UUID.randomUUID();
		jdbc.update(
				"""
						insert into accounts_user (id, email, password_hash, display_name, role, time_zone, locale,
						    totp_enabled, created_at, version) values (?, ?, 'x', 'Someone', ?, 'Europe/London', 'en', false, ?, 0)""",
				id, id + "@example.org", role, Timestamp.from(Instant.now()));
		return id;
	}

	static UUID link(JdbcTemplate jdbc, UUID therapist, UUID client, boolean ended) {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				insert into accounts_link (id, therapist_id, client_id, active_client_id, since, ended_at, version)
				values (?, ?, ?, ?, ?, ?, 0)""", id, therapist, client, ended ? null : client,
				Timestamp.from(Instant.parse("2026-11-01T10:00:00Z")),
				ended ? Timestamp.from(Instant.parse("2026-11-20T10:00:00Z")) : null);
		return id;
	}

	static Map<String, Object> sharing(JdbcTemplate jdbc, UUID link) {
		Map<String, Object> row = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		row.putAll(jdbc.queryForMap("""
				select share_checkins, share_risk_flags, share_measures, share_skills, share_insights
				from accounts_link where id = ?""", link));
		Map<String, Object> lower = new java.util.HashMap<>();
		row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
		return lower;
	}

}
