package org.between.reminders;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code reminders_sent}: every reminder that went out. Its two unique keys are the rules
 * themselves — one per fact ever, one per type and day in the person's zone — so that two
 * instances on one database cannot both send, with or without the scheduler's lock.
 */
@Component
class SentReminderStore {

	private final JdbcClient jdbc;

	SentReminderStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the reminder as sent; throws {@code DuplicateKeyException} when this fact
	 * went out before, or a reminder of this type went out on {@code day} already (also
	 * when another instance's transaction does so at the same moment: the insert waits
	 * for it).
	 */
	void claim(DueReminder due, LocalDate day, Instant now) {
		this.jdbc.sql("insert into reminders_sent (user_id, type, fact_key, local_day, sent_at) values (?, ?, ?, ?, ?)")
			.params(due.userId(), due.type().name(), due.factKey(), day, Timestamp.from(now))
			.update();
	}

	int countFor(UUID userId) {
		return this.jdbc.sql("select count(*) from reminders_sent where user_id = ?")
			.param(userId)
			.query(Integer.class)
			.single();
	}

}
