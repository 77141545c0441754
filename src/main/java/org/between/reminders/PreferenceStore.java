package org.between.reminders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.between.reminders.ReminderPreferences.Choice;
import org.between.reminders.ReminderPreferences.QuietHours;
import org.between.reminders.ReminderPreferences.SessionReminder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code reminders_preference}: one row per person who ever saved a choice; no row means
 * {@link ReminderPreferences#DEFAULT}.
 */
@Component
class PreferenceStore {

	private static final String COLUMNS = "user_id, session_enabled, session_hours_before, measure_due_enabled, "
			+ "agreement_review_enabled, replies_enabled, quiet_from, quiet_to, running_late_enabled";

	private final JdbcClient jdbc;

	PreferenceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ReminderPreferences> find(UUID userId) {
		return this.jdbc.sql("select " + COLUMNS + " from reminders_preference where user_id = ?")
			.param(userId)
			.query(PreferenceStore::preferences)
			.optional();
	}

	/**
	 * Everyone who turned at least one type on, by person: the scheduler's one read per
	 * round. Everyone else has every type off.
	 */
	Map<UUID, ReminderPreferences> withAnyTypeOn() {
		return this.jdbc
			.sql("select " + COLUMNS + " from reminders_preference where session_enabled or measure_due_enabled "
					+ "or agreement_review_enabled or replies_enabled or running_late_enabled")
			.query((rs, n) -> Map.entry(rs.getObject("user_id", UUID.class), preferences(rs, n)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	void save(UUID userId, ReminderPreferences p, Instant now) {
		int updated = this.jdbc
			.sql("update reminders_preference set session_enabled = ?, session_hours_before = ?, "
					+ "measure_due_enabled = ?, agreement_review_enabled = ?, replies_enabled = ?, quiet_from = ?, "
					+ "quiet_to = ?, running_late_enabled = ?, changed_at = ? where user_id = ?")
			.params(p.sessionReminder().enabled(), p.sessionReminder().hoursBefore(), p.measureDue().enabled(),
					p.agreementReview().enabled(), p.replies().enabled(), p.quietHours().from(), p.quietHours().to(),
					p.runningLate().enabled(), Timestamp.from(now), userId)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into reminders_preference (" + COLUMNS
						+ ", changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(userId, p.sessionReminder().enabled(), p.sessionReminder().hoursBefore(),
						p.measureDue().enabled(), p.agreementReview().enabled(), p.replies().enabled(),
						p.quietHours().from(), p.quietHours().to(), p.runningLate().enabled(), Timestamp.from(now))
				.update();
		}
	}

	private static ReminderPreferences preferences(ResultSet rs, int row) throws SQLException {
		return new ReminderPreferences(
				new SessionReminder(rs.getBoolean("session_enabled"), rs.getInt("session_hours_before")),
				new Choice(rs.getBoolean("measure_due_enabled")), new Choice(rs.getBoolean("agreement_review_enabled")),
				new Choice(rs.getBoolean("replies_enabled")),
				new QuietHours(rs.getString("quiet_from"), rs.getString("quiet_to")),
				new Choice(rs.getBoolean("running_late_enabled")));
	}

}
