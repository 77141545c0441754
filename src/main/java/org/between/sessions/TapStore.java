package org.between.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The last tap of each session and what it replaced ({@code sessions_last_tap}). */
@Component
class TapStore {

	private final JdbcClient jdbc;

	TapStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps this tap as the session's last, replacing an earlier one. */
	void record(SessionView before, Kind kind, Instant at) {
		forget(before.id());
		this.jdbc
			.sql("insert into sessions_last_tap (session_id, kind, tapped_at, previous_status, previous_started_at, "
					+ "previous_ended_at) values (?, ?, ?, ?, ?, ?)")
			.params(before.id(), kind.name(), utc(at), before.status().name(), utc(before.startedAt()),
					utc(before.endedAt()))
			.update();
	}

	Optional<LastTap> last(UUID sessionId) {
		return this.jdbc.sql("select * from sessions_last_tap where session_id = ?")
			.param(sessionId)
			.query(TapStore::tap)
			.optional();
	}

	void forget(UUID sessionId) {
		this.jdbc.sql("delete from sessions_last_tap where session_id = ?").param(sessionId).update();
	}

	/** Puts the session's status and times back as they were before the tap. */
	void restore(LastTap tap) {
		this.jdbc.sql("update frame_session set status = ?, started_at = ?, ended_at = ? where id = ?")
			.params(tap.previousStatus().name(), utc(tap.previousStartedAt()), utc(tap.previousEndedAt()),
					tap.sessionId())
			.update();
	}

	private static LastTap tap(ResultSet rs, int n) throws SQLException {
		return new LastTap(rs.getObject("session_id", UUID.class), Kind.valueOf(rs.getString("kind")),
				instant(rs, "tapped_at"), SessionStatus.valueOf(rs.getString("previous_status")),
				instant(rs, "previous_started_at"), instant(rs, "previous_ended_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	/** Which tap it was. */
	enum Kind {

		STARTED, ENDED, NO_SHOW

	}

	/** A session's last tap and the status and times before it. */
	record LastTap(UUID sessionId, Kind kind, Instant tappedAt, SessionStatus previousStatus, Instant previousStartedAt,
			Instant previousEndedAt) {
	}

}
