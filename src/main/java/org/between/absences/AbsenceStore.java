package org.between.absences;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.between.sessions.SessionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Absences in {@code absences_absence}, the sessions each cancelled in
 * {@code absences_cancelled_session}. The two texts a therapist writes go through
 * {@link #seal} and {@link #open} on their way in and out.
 */
@Component
class AbsenceStore {

	static final String TABLE = "absences_absence";

	private static final String COLUMNS = "a.id, a.therapist_id, a.start_date, a.end_date, a.time_zone, "
			+ "a.covering_therapist_id, a.coverage_note, a.message_to_clients, a.emergency, a.announced_at, "
			+ "a.withdrawn_at, (select count(*) from absences_cancelled_session c where c.absence_id = a.id) "
			+ "as cancelled";

	private final JdbcClient jdbc;

	AbsenceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Holds the therapist's absences until the transaction ends, so that two
	 * announcements (or an announcement and a withdrawal) run one after another.
	 */
	void lock(UUID therapistId) {
		this.jdbc.sql("insert into absences_therapist_lock (therapist_id) values (?) on conflict do nothing")
			.param(therapistId)
			.update();
		this.jdbc.sql("select therapist_id from absences_therapist_lock where therapist_id = ? for update")
			.param(therapistId)
			.query(UUID.class)
			.single();
	}

	void insert(Absence a) {
		this.jdbc
			.sql("insert into " + TABLE + " (id, therapist_id, start_date, end_date, time_zone, "
					+ "covering_therapist_id, coverage_note, message_to_clients, emergency, announced_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(a.id(), a.therapistId(), a.startDate(), a.endDate(), a.zone().getId(), a.coveringTherapistId(),
					seal(a.id(), "coverage_note", a.coverageNote()),
					seal(a.id(), "message_to_clients", a.messageToClients()), a.emergency(), utc(a.announcedAt()))
			.update();
	}

	Optional<Absence> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from " + TABLE + " a where a.id = ?")
			.param(id)
			.query(this::absence)
			.optional();
	}

	/** Every absence of the therapist, withdrawn ones too, the latest first. */
	List<Absence> ofTherapist(UUID therapistId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from " + TABLE
					+ " a where a.therapist_id = ? order by a.start_date desc, a.announced_at desc")
			.param(therapistId)
			.query(this::absence)
			.list();
	}

	/**
	 * Absences not withdrawn whose last day is {@code lastDayFrom} or later (a day early
	 * enough for every zone), of every therapist.
	 */
	List<Absence> runningOrComing(LocalDate lastDayFrom) {
		return this.jdbc
			.sql("select " + COLUMNS + " from " + TABLE
					+ " a where a.withdrawn_at is null and a.end_date >= ? order by a.start_date")
			.param(lastDayFrom)
			.query(this::absence)
			.list();
	}

	void withdraw(UUID id, Instant at) {
		this.jdbc.sql("update " + TABLE + " set withdrawn_at = ? where id = ?").params(utc(at), id).update();
	}

	void cancelled(UUID absenceId, Collection<SessionView> sessions, Instant at) {
		for (SessionView s : sessions) {
			this.jdbc
				.sql("insert into absences_cancelled_session (absence_id, session_id, client_id, cancelled_at) "
						+ "values (?, ?, ?, ?)")
				.params(absenceId, s.id(), s.clientId(), utc(at))
				.update();
		}
	}

	/** The sessions the absence cancelled that no withdrawal has restored. */
	List<UUID> stillCancelled(UUID absenceId) {
		return this.jdbc
			.sql("select session_id from absences_cancelled_session where absence_id = ? and restored_at is null")
			.param(absenceId)
			.query(UUID.class)
			.list();
	}

	void restored(UUID absenceId, Collection<SessionView> sessions, Instant at) {
		for (SessionView s : sessions) {
			this.jdbc
				.sql("update absences_cancelled_session set restored_at = ? where absence_id = ? and session_id = ?")
				.params(utc(at), absenceId, s.id())
				.update();
		}
	}

	/**
	 * How many of one client's sessions the absence cancelled, and how many came back.
	 */
	ClientSessions ofClient(UUID absenceId, UUID clientId) {
		return this.jdbc
			.sql("select count(*), count(restored_at) from absences_cancelled_session "
					+ "where absence_id = ? and client_id = ?")
			.params(absenceId, clientId)
			.query((rs, n) -> new ClientSessions(rs.getInt(1), rs.getInt(2)))
			.single();
	}

	/**
	 * One client's sessions that an absence cancelled, and how many of them came back.
	 */
	record ClientSessions(int cancelled, int restored) {
	}

	private Absence absence(ResultSet rs, int n) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new Absence(id, rs.getObject("therapist_id", UUID.class), rs.getObject("start_date", LocalDate.class),
				rs.getObject("end_date", LocalDate.class), ZoneId.of(rs.getString("time_zone")),
				rs.getObject("covering_therapist_id", UUID.class), null,
				open(id, "coverage_note", rs.getString("coverage_note")),
				open(id, "message_to_clients", rs.getString("message_to_clients")), rs.getBoolean("emergency"),
				instant(rs, "announced_at"), instant(rs, "withdrawn_at"), rs.getInt("cancelled"));
	}

	/**
	 * The stored form of a text the therapist wrote. The one way in: it becomes
	 * {@code shared.TextCipher.encrypt(TABLE, id, field, plain)} when that lands.
	 */
	private String seal(UUID id, String field, String plain) {
		return plain;
	}

	/** The text back from its stored form; the one way out (see {@link #seal}). */
	private String open(UUID id, String field, String stored) {
		return stored;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
