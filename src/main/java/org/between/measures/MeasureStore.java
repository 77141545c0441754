package org.between.measures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Responses and schedules; answers are stored as a comma-separated list of numbers. */
@Component
class MeasureStore {

	private static final String COLUMNS = "id, client_id, code, answers, score, severity, risk_flagged, answered_at";

	private final JdbcClient jdbc;

	MeasureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(StoredResponse response) {
		this.jdbc.sql("insert into measures_response (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(response.id(), response.clientId(), response.instrument().name(),
					response.answers().stream().map(String::valueOf).collect(Collectors.joining(",")), response.score(),
					(response.severity() != null) ? response.severity().name() : null, response.riskFlagged(),
					Timestamp.from(response.answeredAt()))
			.update();
	}

	Optional<StoredResponse> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from measures_response where id = ?")
			.param(id)
			.query(this::response)
			.optional();
	}

	/** Oldest first, so that each response can be compared with the one before it. */
	List<StoredResponse> history(UUID clientId, Instrument instrument) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from measures_response where client_id = ? and code = ? order by answered_at, id")
			.params(clientId, instrument.name())
			.query(this::response)
			.list();
	}

	/** Every response of the client, oldest first (the data export). */
	List<StoredResponse> all(UUID clientId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from measures_response where client_id = ? order by answered_at, id")
			.param(clientId)
			.query(this::response)
			.list();
	}

	Optional<Instant> lastAnsweredAt(UUID clientId, Instrument instrument) {
		return this.jdbc.sql("select max(answered_at) from measures_response where client_id = ? and code = ?")
			.params(clientId, instrument.name())
			.query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.single();
	}

	long count() {
		return this.jdbc.sql("select count(*) from measures_response").query(Long.class).single();
	}

	void saveSchedule(Schedule schedule) {
		int updated = this.jdbc
			.sql("update measures_schedule set every_days = ?, therapist_id = ?, set_at = ? "
					+ "where client_id = ? and code = ?")
			.params(schedule.everyDays(), schedule.therapistId(), Timestamp.from(schedule.setAt()), schedule.clientId(),
					schedule.instrument().name())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into measures_schedule (client_id, code, every_days, therapist_id, set_at) "
						+ "values (?, ?, ?, ?, ?)")
				.params(schedule.clientId(), schedule.instrument().name(), schedule.everyDays(), schedule.therapistId(),
						Timestamp.from(schedule.setAt()))
				.update();
		}
	}

	boolean deleteSchedule(UUID clientId, Instrument instrument) {
		return this.jdbc.sql("delete from measures_schedule where client_id = ? and code = ?")
			.params(clientId, instrument.name())
			.update() > 0;
	}

	List<Schedule> schedules(UUID clientId) {
		return this.jdbc
			.sql("select client_id, code, every_days, therapist_id, set_at from measures_schedule "
					+ "where client_id = ? order by code")
			.param(clientId)
			.query((rs, n) -> new Schedule(rs.getObject(1, UUID.class), Instrument.valueOf(rs.getString(2)),
					rs.getInt(3), rs.getObject(4, UUID.class), rs.getTimestamp(5).toInstant()))
			.list();
	}

	/**
	 * Every schedule with the client's latest answer to it (null when never answered),
	 * for reminders.
	 */
	List<ScheduleWithLast> allSchedulesWithLastAnswer() {
		return this.jdbc
			.sql("select s.client_id, s.code, s.every_days, s.therapist_id, s.set_at, max(r.answered_at) "
					+ "from measures_schedule s left join measures_response r "
					+ "on r.client_id = s.client_id and r.code = s.code "
					+ "group by s.client_id, s.code, s.every_days, s.therapist_id, s.set_at")
			.query((rs, n) -> new ScheduleWithLast(
					new Schedule(rs.getObject(1, UUID.class), Instrument.valueOf(rs.getString(2)), rs.getInt(3),
							rs.getObject(4, UUID.class), rs.getTimestamp(5).toInstant()),
					Optional.ofNullable(rs.getTimestamp(6)).map(Timestamp::toInstant).orElse(null)))
			.list();
	}

	private StoredResponse response(ResultSet rs, int row) throws SQLException {
		String severity = rs.getString("severity");
		List<Integer> answers = Arrays.stream(rs.getString("answers").split(",")).map(Integer::valueOf).toList();
		return new StoredResponse(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				Instrument.valueOf(rs.getString("code")), answers, rs.getInt("score"),
				(severity != null) ? Severity.valueOf(severity) : null, rs.getBoolean("risk_flagged"),
				rs.getTimestamp("answered_at").toInstant());
	}

	/** A schedule and when the client last answered it (null: never). */
	record ScheduleWithLast(Schedule schedule, Instant lastAnswered) {
	}

	/** How often a therapist would like the client to answer an instrument. */
	record Schedule(UUID clientId, Instrument instrument, int everyDays, UUID therapistId, Instant setAt) {
	}

}
