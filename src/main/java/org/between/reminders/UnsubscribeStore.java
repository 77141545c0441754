package org.between.reminders;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code reminders_unsubscribe}: the SHA-256 of each unsubscribe token with the person
 * and type it stops. The token itself exists only in the e-mail.
 */
@Component
class UnsubscribeStore {

	private final JdbcClient jdbc;

	UnsubscribeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String tokenHash, UUID userId, ReminderType type, Instant now) {
		this.jdbc.sql("insert into reminders_unsubscribe (token_hash, user_id, type, created_at) values (?, ?, ?, ?)")
			.params(tokenHash, userId, type.name(), Timestamp.from(now))
			.update();
	}

	Optional<Target> find(String tokenHash) {
		return this.jdbc.sql("select user_id, type from reminders_unsubscribe where token_hash = ?")
			.param(tokenHash)
			.query((rs, n) -> new Target(rs.getObject("user_id", UUID.class),
					ReminderType.valueOf(rs.getString("type"))))
			.optional();
	}

	/** Whose reminders of which type a token stops. */
	record Target(UUID userId, ReminderType type) {
	}

}
