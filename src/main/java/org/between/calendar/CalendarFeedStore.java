package org.between.calendar;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Calendar feeds in {@code frame_calendar_feed}: the user's current token (null when
 * revoked) and the therapist's choice to show client names. The token is stored as it is
 * so that the link can be shown again (see the migration); it is never logged.
 */
@Component
class CalendarFeedStore {

	private final JdbcClient jdbc;

	CalendarFeedStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> token(UUID userId) {
		return this.jdbc.sql("select token from frame_calendar_feed where user_id = ? and token is not null")
			.param(userId)
			.query(String.class)
			.optional();
	}

	/** The feed the token opens, if it is a current token. */
	Optional<Feed> byToken(String token) {
		return this.jdbc
			.sql("select user_id, show_client_names from frame_calendar_feed where token = ? and token is not null")
			.param(token)
			.query((rs, n) -> new Feed(rs.getObject("user_id", UUID.class), rs.getBoolean("show_client_names")))
			.optional();
	}

	boolean showClientNames(UUID userId) {
		return this.jdbc.sql("select show_client_names from frame_calendar_feed where user_id = ?")
			.param(userId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** Sets (or replaces, or with {@code null} revokes) the user's token. */
	void setToken(UUID userId, String token, Instant now) {
		int updated = this.jdbc.sql("update frame_calendar_feed set token = ?, changed_at = ? where user_id = ?")
			.params(token, utc(now), userId)
			.update();
		if (updated == 0 && token != null) {
			this.jdbc
				.sql("insert into frame_calendar_feed (user_id, token, show_client_names, changed_at) "
						+ "values (?, ?, false, ?)")
				.params(userId, token, utc(now))
				.update();
		}
	}

	void setShowClientNames(UUID userId, boolean show, Instant now) {
		int updated = this.jdbc
			.sql("update frame_calendar_feed set show_client_names = ?, changed_at = ? where user_id = ?")
			.params(show, utc(now), userId)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into frame_calendar_feed (user_id, token, show_client_names, changed_at) "
						+ "values (?, null, ?, ?)")
				.params(userId, show, utc(now))
				.update();
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	record Feed(UUID userId, boolean showClientNames) {
	}

}
