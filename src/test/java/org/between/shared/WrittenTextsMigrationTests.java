package org.between.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.crypto.tink.KeysetHandle;
import org.between.support.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15: a database with text written in clear before the older modules were
 * encrypted. {@link WrittenTextsMigration} (2026.12.06.0450) encrypts every such row in
 * every table it names, binds each text to its row and field, gives steps and policy
 * versions ids of their own and makes the key id required; then a key rotation rewrites
 * every row of those tables through the same loop ({@link StaleRows#rewrite}), and the
 * old key can be removed. On H2 and on PostgreSQL, without a Spring context.
 */
class WrittenTextsMigrationTests {

	/** The last SQL migration before the Java one. */
	static final MigrationVersion BEFORE = MigrationVersion.fromVersion("2026.12.06.0405");

	static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

	final UUID client = UUID.randomUUID();

	final UUID therapist = UUID.randomUUID();

	final UUID skill = UUID.randomUUID();

	/** table → field → the plain texts written in it. */
	final Map<String, Map<String, List<String>>> written = new LinkedHashMap<>();

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void plainRowsAreEncryptedThenRotatedUnderANewKey(String vendor) {
		DriverManagerDataSource data = vendor.equals("h2")
				? new DriverManagerDataSource("jdbc:h2:mem:written-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "")
				: new DriverManagerDataSource(EmbeddedPostgresServer.createDatabase(), "postgres", "postgres");
		TextCipher cipher = TextCiphers.fresh();
		flyway(data, vendor, cipher).target(BEFORE).load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(data);
		writeInClear(jdbc);

		flyway(data, vendor, cipher).load().migrate();

		assertThat(WrittenTextsMigration.TABLES.stream().map(StaleRows::table)).containsAll(this.written.keySet());
		assertEncrypted(jdbc, cipher);
		assertThat(jdbc.queryForObject("select count(*) from toolbox_skill_step where id is null", Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from frame_policy_version where id is null", Integer.class))
			.isZero();
		assertThatThrownBy(() -> jdbc.update(
				"insert into frame_client_fee (id, therapist_id, client_id, "
						+ "fee_per_session, effective_from, effective_at, set_at) values (?, ?, ?, 1, ?, ?, ?)",
				UUID.randomUUID(), this.therapist, this.client, java.sql.Date.valueOf("2026-12-01"), ts(), ts()))
			.as("key_id is required")
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);

		KeysetHandle rotated = TextCiphers.rotate(TextCiphers.keyset(cipher));
		TextCipher underNewKey = TextCiphers.of(rotated);
		JdbcClient client = JdbcClient.create(jdbc);
		int rewritten = 0;
		for (StaleRows table : WrittenTextsMigration.TABLES) {
			int done;
			while ((done = table.rewrite(client, underNewKey, 2)) > 0) {
				rewritten += done;
			}
		}
		assertThat(rewritten).isGreaterThanOrEqualTo(this.written.size());
		TextCipher withoutOldKey = TextCiphers.of(TextCiphers.without(rotated, cipher.primaryKeyId()));
		assertEncrypted(jdbc, withoutOldKey);
	}

	private void assertEncrypted(JdbcTemplate jdbc, TextCipher cipher) {
		for (StaleRows table : WrittenTextsMigration.TABLES) {
			for (Map<String, Object> row : jdbc.queryForList("select * from " + table.table())) {
				Map<String, Object> cells = lowerCase(row);
				UUID id = UUID.fromString(cells.get("id").toString());
				assertThat(((Number) cells.get("key_id")).longValue()).as(table.table())
					.isEqualTo(cipher.primaryKeyId());
				for (String field : table.fields()) {
					String stored = (String) cells.get(StaleRows.column(field));
					// the lists left empty are "[]"
					List<String> plain = this.written.getOrDefault(table.table(), Map.of())
						.getOrDefault(field, List.of("[]"));
					if (stored == null) {
						continue;
					}
					assertThat(stored).as(table.table() + "." + field).doesNotContain("Written").doesNotContain("[");
					assertThat(plain).as(table.table() + "." + field)
						.contains(cipher.decrypt(table.table(), id, field, stored));
				}
			}
		}
	}

	private void writeInClear(JdbcTemplate jdbc) {
		jdbc.update("""
				insert into accounts_user (id, email, password_hash, display_name, role, time_zone, locale,
				    totp_secret_cipher, totp_enabled, created_at, version)
				values (?, ?, 'x', 'Someone', 'THERAPIST', 'Europe/London', 'en', ?, true, ?, 0)""", this.therapist,
				this.therapist + "@example.org",
				plain("accounts_user", "totp_secret", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"), ts());
		String steps = "warning_signs_cipher, coping_strategies_cipher, distractions_cipher, people_to_ask_cipher, "
				+ "professionals_cipher, environment_safety_cipher, reasons_for_living_cipher";
		jdbc.update(
				"insert into safety_plan_version (id, client_id, version, " + steps
						+ ", shared_with_therapist, created_at) values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, true, ?)",
				UUID.randomUUID(), this.client,
				plain("safety_plan_version", "warning_signs", "[\"Written: I stop eating\"]"),
				plain("safety_plan_version", "coping_strategies", "[\"Written: cold water\"]"), "[]",
				plain("safety_plan_version", "people_to_ask", "[{\"name\":\"Written: Sam\",\"phone\":\"0123\"}]"), "[]",
				"[]", plain("safety_plan_version", "reasons_for_living", "[\"Written: my niece\"]"), ts());
		jdbc.update("insert into safety_plan_proposal (id, client_id, therapist_id, therapist_name, based_on_version, "
				+ steps
				+ ", note_cipher, status, created_at) values (?, ?, ?, 'Dr T', 1, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)",
				UUID.randomUUID(), this.client, this.therapist,
				plain("safety_plan_proposal", "warning_signs", "[\"Written: proposed sign\"]"), "[]", "[]", "[]", "[]",
				"[]", "[]", plain("safety_plan_proposal", "note", "Written: shall we add your sister?"), ts());
		jdbc.update("insert into checkin_entry (id, client_id, checked_in_at, recorded_at, mood, distress, emotions, "
				+ "urge_self_harm, urge_suicidal_thoughts, urge_binge_purge, urge_substances, urge_quit_therapy, "
				+ "urge_contact_therapist, note_cipher, risk_flagged) values (?, ?, ?, ?, 5, 5, '', 0, 0, 0, 0, 0, 0, ?, false)",
				UUID.randomUUID(), this.client, ts(), ts(), plain("checkin_entry", "note", "Written: a hard day"));
		jdbc.update(
				"insert into toolbox_skill (id, client_id, name_cipher, tags, rhythm_cipher, created_at) "
						+ "values (?, ?, ?, '', ?, ?)",
				this.skill, this.client, plain("toolbox_skill", "name", "Written: my walk"),
				plain("toolbox_skill", "rhythm", "Written: twice a week"), ts());
		jdbc.update("insert into toolbox_skill_step (skill_id, position, text_cipher) values (?, 1, ?)", this.skill,
				plain("toolbox_skill_step", "text", "Written: shoes on"));
		jdbc.update("insert into toolbox_skill_step (skill_id, position, text_cipher) values (?, 2, ?)", this.skill,
				plain("toolbox_skill_step", "text", "Written: out of the door"));
		jdbc.update(
				"insert into toolbox_practice (id, client_id, skill_id, distress_before, distress_after, "
						+ "note_cipher, practised_at) values (?, ?, ?, 7, 4, ?, ?)",
				UUID.randomUUID(), this.client, this.skill, plain("toolbox_practice", "note", "Written: it helped"),
				ts());
		UUID standing = UUID.randomUUID();
		jdbc.update("insert into frame_standing_appointment (id, therapist_id, client_id, weekday, start_time, "
				+ "duration_minutes, every_weeks, start_date, time_zone, video_link_cipher, generated_until, created_at) "
				+ "values (?, ?, ?, 1, ?, 50, 1, ?, 'Europe/Berlin', ?, ?, ?)", standing, this.therapist, this.client,
				java.sql.Time.valueOf("10:00:00"), java.sql.Date.valueOf("2026-12-07"),
				plain("frame_standing_appointment", "video_link", "https://video.example/Written-room"),
				java.sql.Date.valueOf("2027-03-01"), ts());
		jdbc.update(
				"insert into frame_session (id, therapist_id, client_id, standing_id, starts_at, ends_at, kind, "
						+ "status, video_link_cipher, created_at, cancelled_at, cancel_reason_cipher) "
						+ "values (?, ?, ?, ?, ?, ?, 'REGULAR', 'CANCELLED_BY_THERAPIST', ?, ?, ?, ?)",
				UUID.randomUUID(), this.therapist, this.client, standing, ts(), Timestamp.from(NOW.plusSeconds(3000)),
				plain("frame_session", "video_link", "https://video.example/Written-session"), ts(), ts(),
				plain("frame_session", "cancel_reason", "Written: I am ill"));
		jdbc.update(
				"insert into frame_policy_version (therapist_id, version, effective_from, effective_at, "
						+ "published_at, cancellation_notice_hours, late_cancellation_fee, fee_per_session, currency, "
						+ "hold_slot_on_cancellation, make_up, sliding_scale_note_cipher) "
						+ "values (?, 1, ?, ?, ?, 24, 40, 80, 'EUR', true, 'NONE', ?)",
				this.therapist, java.sql.Date.valueOf("2026-11-30"), ts(), ts(),
				plain("frame_policy_version", "sliding_scale_note", "Written: ask me"));
		jdbc.update(
				"insert into frame_client_fee (id, therapist_id, client_id, fee_per_session, effective_from, "
						+ "effective_at, set_at, note_cipher) values (?, ?, ?, 60, ?, ?, ?, ?)",
				UUID.randomUUID(), this.therapist, this.client, java.sql.Date.valueOf("2026-11-30"), ts(), ts(),
				plain("frame_client_fee", "note", "Written: after the job loss"));
		jdbc.update("insert into contact_agreement (id, client_id, therapist_id, status, allowed_categories, "
				+ "response_time_hours, reading_days, reading_from, reading_to, reading_zone, crisis_instructions_cipher, "
				+ "during_absences_cipher, risk_email_alerts, proposed_at) "
				+ "values (?, ?, ?, 'PROPOSED', 'SCHEDULING', 24, '1,2,3,4,5', ?, ?, 'Europe/Berlin', ?, ?, false, ?)",
				UUID.randomUUID(), this.client, this.therapist, java.sql.Time.valueOf("09:00:00"),
				java.sql.Time.valueOf("17:00:00"),
				plain("contact_agreement", "crisis_instructions", "Written: call 112"),
				plain("contact_agreement", "during_absences", "Written: Dr Lee covers"), ts());
	}

	private String plain(String table, String field, String text) {
		this.written.computeIfAbsent(table, (t) -> new LinkedHashMap<>())
			.computeIfAbsent(field, (f) -> new java.util.ArrayList<>())
			.add(text);
		return text;
	}

	private static Timestamp ts() {
		return Timestamp.from(NOW);
	}

	private static Map<String, Object> lowerCase(Map<String, Object> row) {
		Map<String, Object> lower = new LinkedHashMap<>();
		row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
		return lower;
	}

	static FluentConfiguration flyway(DriverManagerDataSource data, String vendor, TextCipher cipher) {
		return Flyway.configure()
			.dataSource(data)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
			.javaMigrations(new WrittenTextsMigration(cipher));
	}

}
