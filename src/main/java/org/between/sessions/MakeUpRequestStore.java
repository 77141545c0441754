package org.between.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Make-up requests in {@code sessions_make_up_request}; the times are not free text. */
@Component
class MakeUpRequestStore {

	private static final String COLUMNS = "id, session_id, client_id, therapist_id, status, option_1, option_2, "
			+ "option_3, duration_minutes, created_at, confirmed_at, booked_session_id";

	private final JdbcClient jdbc;

	MakeUpRequestStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(MakeUpRequest r) {
		List<Instant> o = r.options();
		this.jdbc
			.sql("insert into sessions_make_up_request (" + COLUMNS
					+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null)")
			.params(r.id(), r.sessionId(), r.clientId(), r.therapistId(), r.status().name(), utc(o.get(0)),
					(o.size() > 1) ? utc(o.get(1)) : null, (o.size() > 2) ? utc(o.get(2)) : null, r.durationMinutes(),
					utc(r.createdAt()))
			.update();
	}

	/** Marks a request confirmed; false when it was no longer waiting. */
	boolean confirm(UUID id, Instant at, UUID bookedSessionId) {
		return this.jdbc
			.sql("update sessions_make_up_request set status = 'CONFIRMED', confirmed_at = ?, booked_session_id = ? "
					+ "where id = ? and status = 'REQUESTED'")
			.params(utc(at), bookedSessionId, id)
			.update() == 1;
	}

	Optional<MakeUpRequest> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from sessions_make_up_request where id = ?")
			.param(id)
			.query(MakeUpRequestStore::row)
			.optional();
	}

	Optional<MakeUpRequest> forSession(UUID sessionId) {
		return this.jdbc.sql("select " + COLUMNS + " from sessions_make_up_request where session_id = ?")
			.param(sessionId)
			.query(MakeUpRequestStore::row)
			.optional();
	}

	/** A person's requests (as client or therapist), newest first. */
	List<MakeUpRequest> of(UUID userId, boolean waitingOnly) {
		return this.jdbc
			.sql("select " + COLUMNS + " from sessions_make_up_request where (client_id = ? or therapist_id = ?)"
					+ (waitingOnly ? " and status = 'REQUESTED'" : "") + " order by created_at desc, id desc")
			.params(userId, userId)
			.query(MakeUpRequestStore::row)
			.list();
	}

	private static MakeUpRequest row(ResultSet rs, int n) throws SQLException {
		List<Instant> options = new ArrayList<>();
		for (String column : List.of("option_1", "option_2", "option_3")) {
			Instant at = instant(rs, column);
			if (at != null) {
				options.add(at);
			}
		}
		return new MakeUpRequest(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
				rs.getObject("client_id", UUID.class), rs.getObject("therapist_id", UUID.class),
				MakeUpRequest.Status.valueOf(rs.getString("status")), options, rs.getInt("duration_minutes"),
				instant(rs, "created_at"), instant(rs, "confirmed_at"), rs.getObject("booked_session_id", UUID.class));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
