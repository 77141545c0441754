package org.between.shared;

import java.util.List;
import java.util.UUID;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 2026.12.06.0450 (issue 15): the text the older modules stored in clear
 * — safety plans and proposals, check-in notes, own skills, their steps and practice
 * notes, session and standing-appointment video links, cancellation reasons, the policy's
 * and fees' notes, TOTP secrets, and contact agreements from before their encryption — is
 * encrypted with {@link TextCipher} in the migration's transaction, through the same loop
 * as a re-encryption ({@link StaleRows#rewrite}). The SQL migrations 0400–0405 renamed
 * the columns to {@code <field>_cipher} and added {@code key_id} (null: plain); this one
 * encrypts every such row and then makes {@code key_id} required (except for people, who
 * have no secret until they turn on two-step sign-in, and contact agreements, whose store
 * still reads a plain row as it did before). A Spring bean, because it needs the keyset:
 * Flyway runs it only when the application starts it (tests that run Flyway by hand
 * without it skip it, and their rows stay as they were).
 */
@Component
class WrittenTextsMigration implements JavaMigration {

	static final MigrationVersion VERSION = MigrationVersion.fromVersion("2026.12.06.0450");

	/** The tables as they are at this version; later tables are encrypted when made. */
	static final List<StaleRows> TABLES = List.of(
			StaleRows.of("safety_plan_version", "warning_signs", "coping_strategies", "distractions", "people_to_ask",
					"professionals", "environment_safety", "reasons_for_living"),
			StaleRows.of("safety_plan_proposal", "warning_signs", "coping_strategies", "distractions", "people_to_ask",
					"professionals", "environment_safety", "reasons_for_living", "note"),
			StaleRows.of("checkin_entry", "note"), StaleRows.of("toolbox_skill", "name", "rhythm"),
			StaleRows.of("toolbox_skill_step", "text"), StaleRows.of("toolbox_practice", "note"),
			StaleRows.of("frame_standing_appointment", "video_link"),
			StaleRows.of("frame_session", "video_link", "cancel_reason"),
			StaleRows.of("frame_policy_version", "sliding_scale_note"), StaleRows.of("frame_client_fee", "note"),
			StaleRows.of("contact_agreement", "crisis_instructions", "during_absences"),
			StaleRows.of("accounts_user", "totp_secret"));

	private static final int BATCH = 500;

	private final TextCipher cipher;

	WrittenTextsMigration(TextCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public MigrationVersion getVersion() {
		return VERSION;
	}

	@Override
	public String getDescription() {
		return "encrypt written texts";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) {
		JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
		// Steps and policy versions had no id of their own: each row gets one to bind to.
		giveIds(jdbc, "toolbox_skill_step", "skill_id", "position");
		giveIds(jdbc, "frame_policy_version", "therapist_id", "version");
		for (StaleRows table : TABLES) {
			while (table.rewrite(jdbc, this.cipher, BATCH) > 0) {
				// until every row is under the primary key
			}
			// A person has no key until they have a secret; contact's store still reads a
			// plain row (its own test makes one), as before.
			if (!table.table().equals("accounts_user") && !table.table().equals("contact_agreement")) {
				jdbc.sql("alter table " + table.table() + " alter column key_id set not null").update();
			}
		}
	}

	private static void giveIds(JdbcClient jdbc, String table, String owner, String number) {
		List<RowKey> rows = jdbc.sql("select " + owner + ", " + number + " from " + table + " where id is null")
			.query((rs, row) -> new RowKey(rs.getObject(1, UUID.class), rs.getInt(2)))
			.list();
		for (RowKey key : rows) {
			jdbc.sql("update " + table + " set id = ? where " + owner + " = ? and " + number + " = ?")
				.params(UUID.randomUUID(), key.owner(), key.number())
				.update();
		}
		jdbc.sql("alter table " + table + " alter column id set not null").update();
		jdbc.sql("create unique index " + table + "_id on " + table + " (id)").update();
	}

	private record RowKey(UUID owner, int number) {
	}

}
