package org.between.insights;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a client shares their insights with their therapist; off unless they turn it
 * on.
 */
@Component
class InsightSharing {

	private final JdbcClient jdbc;

	InsightSharing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean isShared(UUID clientId) {
		return this.jdbc.sql("select shared from insights_sharing where client_id = ?")
			.param(clientId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	void set(UUID clientId, boolean shared, Instant now) {
		int updated = this.jdbc.sql("update insights_sharing set shared = ?, changed_at = ? where client_id = ?")
			.params(shared, Timestamp.from(now), clientId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into insights_sharing (client_id, shared, changed_at) values (?, ?, ?)")
				.params(clientId, shared, Timestamp.from(now))
				.update();
		}
	}

}
