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
import org.between.shared.EncryptedRows;
import org.between.shared.StaleRows;
import org.between.shared.TextCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Absences in {@code absences_absence}, the sessions each cancelled in
 * {@code absences_cancelled_session}. The two texts a therapist writes go in and come out
 * through the {@link TextCipher} (associated data
 * {@code absences_absence/<id>/coverage_note} and {@code …/message_to_clients}); after a
 * key rotation the shared re-encryption calls {@link #reencryptBatch}.
 */
@Component
class AbsenceStore implements EncryptedRows {

	static final String TABLE = "absences_absence";

	static final String COVERAGE_NOTE = "coverage_note";

	static final String MESSAGE = "message_to_clients";

	/** The one re-encryption loop of every table (docs/encryption.md). */
	private static final StaleRows ROWS = StaleRows.of(TABLE, COVERAGE_NOTE, MESSAGE);

	private static final String COLUMNS = "a.id, a.therapist_id, a.start_date, a.end_date, a.time_zone, "
			+ "a.covering_therapist_id, a.coverage_note_cipher, a.message_to_clients_cipher, a.emergency, "
			+ "a.announced_at, "
			+ "a.withdrawn_at, (select count(*) from absences_cancelled_session c where c.absence_id = a.id) "
			+ "as cancelled";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	AbsenceStore(JdbcClient jdbc, TextCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
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
					+ "covering_therapist_id, key_id, coverage_note_cipher, message_to_clients_cipher, emergency, "
					+ "announced_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(a.id(), a.therapistId(), a.startDate(), a.endDate(), a.zone().getId(), a.coveringTherapistId(),
					this.cipher.primaryKeyId(), encrypt(a.id(), COVERAGE_NOTE, a.coverageNote()),
					encrypt(a.id(), MESSAGE, a.messageToClients()), a.emergency(), utc(a.announcedAt()))
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

	/**
	 * Absences not withdrawn that {@code coverId} covers, whose last day is
	 * {@code lastDayFrom} or later (a day early enough for every zone), soonest first.
	 */
	List<Absence> coveredBy(UUID coverId, LocalDate lastDayFrom) {
		return this.jdbc
			.sql("select " + COLUMNS + " from " + TABLE
					+ " a where a.covering_therapist_id = ? and a.withdrawn_at is null and a.end_date >= ? "
					+ "order by a.start_date")
			.params(coverId, lastDayFrom)
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
				decrypt(id, COVERAGE_NOTE, rs.getString("coverage_note_cipher")),
				decrypt(id, MESSAGE, rs.getString("message_to_clients_cipher")), rs.getBoolean("emergency"),
				instant(rs, "announced_at"), instant(rs, "withdrawn_at"), rs.getInt("cancelled"));
	}

	@Override
	public String table() {
		return TABLE;
	}

	/**
	 * Re-encrypts up to {@code batch} absences that are not under the primary key;
	 * answers how many it rewrote (0 when all are done).
	 */
	@Override
	public int reencryptBatch(int batch) {
		return ROWS.rewrite(this.jdbc, this.cipher, batch);
	}

	private String encrypt(UUID id, String field, String plain) {
		return this.cipher.encrypt(TABLE, id, field, plain);
	}

	private String decrypt(UUID id, String field, String stored) {
		return this.cipher.decrypt(TABLE, id, field, stored);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
