package org.between.sessions;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.between.shared.EncryptedRows;
import org.between.shared.StaleRows;
import org.between.shared.TextCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Standing appointments in {@code frame_standing_appointment}, sessions with their
 * attendance and cancellation ruling in {@code frame_session}. Video links and
 * cancellation reasons are encrypted with {@link TextCipher}, bound to {@code
 *
<table>
 * /<id>/<field>} (docs/encryption.md). A row's {@code key_id} is the key of its oldest
 * text: changing one text writes it under the primary key and leaves the key id, so that
 * a re-encryption ({@link #reencryptBatch}) still finds the others.
 */
@Component
class SessionStore implements EncryptedRows {

	static final String SESSIONS = "frame_session";

	static final String STANDING = "frame_standing_appointment";

	static final String VIDEO_LINK = "video_link";

	static final String CANCEL_REASON = "cancel_reason";

	private static final StaleRows SESSION_ROWS = StaleRows.of(SESSIONS, VIDEO_LINK, CANCEL_REASON);

	private static final StaleRows STANDING_ROWS = StaleRows.of(STANDING, VIDEO_LINK);

	private static final String SESSION_COLUMNS = "id, therapist_id, client_id, standing_id, starts_at, ends_at, kind, "
			+ "status, video_link_cipher, started_at, ended_at, cancelled_at, cancelled_by, cancel_reason_cipher, late, "
			+ "fee, currency, slot_held, make_up_offered, policy_version, policy_effective_from, notice_hours, "
			+ "late_minutes, late_full_length, late_announced_at";

	private static final String STANDING_COLUMNS = "id, therapist_id, client_id, weekday, start_time, duration_minutes, "
			+ "every_weeks, start_date, end_date, time_zone, video_link_cipher, generated_until";

	/** Statuses that occupy the therapist's time: a cancelled slot is free again. */
	private static final String OCCUPYING = "status in ('SCHEDULED', 'HELD')";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	SessionStore(JdbcClient jdbc, TextCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	public String table() {
		return SESSIONS + ", " + STANDING;
	}

	@Override
	public int reencryptBatch(int batch) {
		return StaleRows.rewrite(this.jdbc, this.cipher, batch, SESSION_ROWS, STANDING_ROWS);
	}

	void insert(StandingAppointment a, Instant now) {
		this.jdbc
			.sql("insert into frame_standing_appointment (" + STANDING_COLUMNS + ", created_at, key_id) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(a.id(), a.therapistId(), a.clientId(), a.weekday().getValue(), a.startTime(), a.durationMinutes(),
					a.everyWeeks(), a.startDate(), a.endDate(), a.timeZone().getId(),
					this.cipher.encrypt(STANDING, a.id(), VIDEO_LINK, a.videoLink()), a.generatedUntil(), utc(now),
					this.cipher.primaryKeyId())
			.update();
	}

	void generatedUntil(UUID standingId, LocalDate day) {
		this.jdbc.sql("update frame_standing_appointment set generated_until = ? where id = ?")
			.params(day, standingId)
			.update();
	}

	void end(UUID standingId, LocalDate lastDay, Instant now) {
		this.jdbc.sql("update frame_standing_appointment set end_date = ?, ended_at = ? where id = ?")
			.params(lastDay, utc(now), standingId)
			.update();
	}

	Optional<StandingAppointment> standing(UUID id) {
		return this.jdbc.sql("select " + STANDING_COLUMNS + " from frame_standing_appointment where id = ?")
			.param(id)
			.query(this::standingRow)
			.optional();
	}

	List<StandingAppointment> standingOf(UUID therapistId, UUID clientId) {
		return this.jdbc
			.sql("select " + STANDING_COLUMNS + " from frame_standing_appointment "
					+ "where therapist_id = ? and client_id = ? order by start_date, weekday, start_time")
			.params(therapistId, clientId)
			.query(this::standingRow)
			.list();
	}

	List<StandingAppointment> standingForClient(UUID clientId) {
		return this.jdbc
			.sql("select " + STANDING_COLUMNS + " from frame_standing_appointment "
					+ "where client_id = ? order by start_date, weekday, start_time")
			.param(clientId)
			.query(this::standingRow)
			.list();
	}

	/** Appointments that may still need sessions generated up to {@code horizon}. */
	List<StandingAppointment> runningBefore(LocalDate horizon) {
		return this.jdbc
			.sql("select " + STANDING_COLUMNS + " from frame_standing_appointment "
					+ "where generated_until < ? and (end_date is null or end_date > generated_until)")
			.param(horizon)
			.query(this::standingRow)
			.list();
	}

	void insert(SessionView s, UUID makeUpFor, Instant now) {
		this.jdbc
			.sql("insert into frame_session (id, therapist_id, client_id, standing_id, starts_at, ends_at, kind, status, "
					+ "key_id, video_link_cipher, make_up_for, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(s.id(), s.therapistId(), s.clientId(), s.standingAppointmentId(), utc(s.startsAt()),
					utc(s.endsAt()), s.kind().name(), s.status().name(), this.cipher.primaryKeyId(),
					this.cipher.encrypt(SESSIONS, s.id(), VIDEO_LINK, s.videoLink()), makeUpFor, utc(now))
			.update();
	}

	Optional<SessionView> session(UUID id) {
		return this.jdbc.sql("select " + SESSION_COLUMNS + " from frame_session where id = ?")
			.param(id)
			.query(this::sessionRow)
			.optional();
	}

	/**
	 * Holds the therapist's calendar until the transaction ends: bookings for one
	 * therapist run one after another, so the overlap check and the insert cannot
	 * interleave.
	 */
	void lockCalendar(UUID therapistId) {
		this.jdbc.sql("insert into frame_therapist_calendar (therapist_id) values (?) on conflict do nothing")
			.param(therapistId)
			.update();
		this.jdbc.sql("select therapist_id from frame_therapist_calendar where therapist_id = ? for update")
			.param(therapistId)
			.query(UUID.class)
			.single();
	}

	/** Sessions of the therapist that occupy time overlapping {@code [from, to)}. */
	List<SessionView> overlapping(UUID therapistId, Instant from, Instant to) {
		return this.jdbc
			.sql("select " + SESSION_COLUMNS + " from frame_session where therapist_id = ? and " + OCCUPYING
					+ " and starts_at < ? and ends_at > ? order by starts_at")
			.params(therapistId, utc(to), utc(from))
			.query(this::sessionRow)
			.list();
	}

	/**
	 * Sessions where the user is the client or the therapist, starting in
	 * {@code [from, to)}.
	 */
	List<SessionView> forUser(UUID userId, Instant from, Instant to) {
		return this.jdbc
			.sql("select " + SESSION_COLUMNS + " from frame_session where (client_id = ? or therapist_id = ?) "
					+ "and starts_at >= ? and starts_at < ? order by starts_at, id")
			.params(userId, userId, utc(from), utc(to))
			.query(this::sessionRow)
			.list();
	}

	List<SessionView> between(UUID therapistId, UUID clientId, Instant from, Instant to) {
		return this.jdbc
			.sql("select " + SESSION_COLUMNS + " from frame_session where therapist_id = ? and client_id = ? "
					+ "and starts_at >= ? and starts_at < ? order by starts_at, id")
			.params(therapistId, clientId, utc(from), utc(to))
			.query(this::sessionRow)
			.list();
	}

	/**
	 * Every session of the client, or of the pair when a therapist is given, oldest
	 * first.
	 */
	List<SessionView> ofClient(UUID therapistId, UUID clientId) {
		String pair = (therapistId != null) ? " and therapist_id = ?" : "";
		var spec = this.jdbc
			.sql("select " + SESSION_COLUMNS + " from frame_session where client_id = ?" + pair
					+ " order by starts_at, id")
			.param(clientId);
		if (therapistId != null) {
			spec = spec.param(therapistId);
		}
		return spec.query(this::sessionRow).list();
	}

	List<SessionView> ofTherapist(UUID therapistId) {
		return this.jdbc
			.sql("select " + SESSION_COLUMNS + " from frame_session where therapist_id = ? order by starts_at, id")
			.param(therapistId)
			.query(this::sessionRow)
			.list();
	}

	Optional<SessionView> lastHeldBefore(UUID therapistId, UUID clientId, Instant before) {
		return this.jdbc
			.sql("select " + SESSION_COLUMNS + " from frame_session where therapist_id = ? and client_id = ? "
					+ "and status = 'HELD' and starts_at < ? order by starts_at desc limit 1")
			.params(therapistId, clientId, utc(before))
			.query(this::sessionRow)
			.optional();
	}

	List<Instant> heldStarts(UUID clientId) {
		return this.jdbc
			.sql("select starts_at from frame_session where client_id = ? and status = 'HELD' order by starts_at")
			.param(clientId)
			.query((rs, n) -> instant(rs, "starts_at"))
			.list();
	}

	/**
	 * Every session still on (scheduled) that starts in {@code [from, to)}, for
	 * reminders.
	 */
	List<SessionView> scheduledStarting(Instant from, Instant to) {
		return this.jdbc
			.sql("select " + SESSION_COLUMNS + " from frame_session where status = 'SCHEDULED' "
					+ "and starts_at >= ? and starts_at < ? order by starts_at, id")
			.params(utc(from), utc(to))
			.query(this::sessionRow)
			.list();
	}

	/** The next sessions not yet begun and still on, soonest first. */
	List<SessionView> upcoming(UUID userId, Instant now, int limit) {
		return this.jdbc
			.sql("select " + SESSION_COLUMNS + " from frame_session where (client_id = ? or therapist_id = ?) "
					+ "and status = 'SCHEDULED' and starts_at > ? order by starts_at, id limit ?")
			.params(userId, userId, utc(now), limit)
			.query(this::sessionRow)
			.list();
	}

	/**
	 * The therapist's SCHEDULED sessions starting in {@code [from, to)} and after
	 * {@code notBefore} (one under way is not cancelled), soonest first. With
	 * {@code generatedAfter}, only those a standing appointment made after that moment.
	 */
	List<SessionView> scheduledStarting(UUID therapistId, Instant from, Instant to, Instant notBefore,
			Instant generatedAfter) {
		String generated = (generatedAfter != null) ? " and standing_id is not null and created_at > ?" : "";
		var spec = this.jdbc
			.sql("select " + SESSION_COLUMNS + " from frame_session where therapist_id = ? and status = 'SCHEDULED' "
					+ "and starts_at >= ? and starts_at < ? and starts_at > ?" + generated + " order by starts_at, id")
			.params(therapistId, utc(from), utc(to), utc(notBefore));
		if (generatedAfter != null) {
			spec = spec.param(utc(generatedAfter));
		}
		return spec.query(this::sessionRow).list();
	}

	/** Whether a session still on (scheduled or held) makes up for {@code sessionId}. */
	boolean madeUp(UUID sessionId) {
		return this.jdbc.sql("select count(*) from frame_session where make_up_for = ? and " + OCCUPYING)
			.param(sessionId)
			.query(Integer.class)
			.single() > 0;
	}

	/** The session is scheduled again, as if it had never been cancelled. */
	void clearRuling(UUID sessionId) {
		this.jdbc.sql("update frame_session set status = 'SCHEDULED', cancelled_at = null, cancelled_by = null, "
				+ "cancel_reason_cipher = null, late = null, fee = null, currency = null, slot_held = null, "
				+ "make_up_offered = null, policy_version = null, policy_effective_from = null, notice_hours = null "
				+ "where id = ?")
			.param(sessionId)
			.update();
	}

	int deleteScheduledFrom(UUID standingId, Instant from) {
		return this.jdbc
			.sql("delete from frame_session where standing_id = ? and status = 'SCHEDULED' and starts_at >= ?")
			.params(standingId, utc(from))
			.update();
	}

	void ruling(UUID sessionId, CancellationRuling r) {
		this.jdbc
			.sql("update frame_session set status = ?, cancelled_at = ?, cancelled_by = ?, cancel_reason_cipher = ?, "
					+ "late = ?, " + "fee = ?, currency = ?, slot_held = ?, make_up_offered = ?, policy_version = ?, "
					+ "policy_effective_from = ?, notice_hours = ? where id = ?")
			.params(r.status().name(), utc(r.cancelledAt()), r.cancelledBy(),
					this.cipher.encrypt(SESSIONS, sessionId, CANCEL_REASON, r.reason()), r.late(), r.fee(),
					r.currency(), r.slotHeld(), r.makeUpOffered(), r.policyVersion(), r.policyEffectiveFrom(),
					r.noticeHours(), sessionId)
			.update();
	}

	void attendance(UUID sessionId, Instant startedAt, Instant endedAt) {
		this.jdbc.sql("update frame_session set status = 'HELD', started_at = ?, ended_at = ? where id = ?")
			.params(utc(startedAt), utc(endedAt), sessionId)
			.update();
	}

	void runningLate(UUID sessionId, RunningLate late) {
		this.jdbc
			.sql("update frame_session set late_minutes = ?, late_full_length = ?, late_announced_at = ? where id = ?")
			.params(late.minutes(), late.fullLength(), utc(late.announcedAt()), sessionId)
			.update();
	}

	/**
	 * The therapist's sessions starting in {@code [from, to)}, any status, oldest first
	 * (for their consistency record).
	 */
	List<SessionView> ofTherapistBetween(UUID therapistId, Instant from, Instant to) {
		return this.jdbc
			.sql("select " + SESSION_COLUMNS + " from frame_session where therapist_id = ? "
					+ "and starts_at >= ? and starts_at < ? order by starts_at, id")
			.params(therapistId, utc(from), utc(to))
			.query(this::sessionRow)
			.list();
	}

	/**
	 * Sessions still scheduled and not begun whose "running late" was said in
	 * {@code [from, to)}, for its reminder.
	 */
	List<SessionView> lateAnnounced(Instant from, Instant to) {
		return this.jdbc
			.sql("select " + SESSION_COLUMNS + " from frame_session where status = 'SCHEDULED' and started_at is null "
					+ "and late_announced_at >= ? and late_announced_at < ? order by late_announced_at, id")
			.params(utc(from), utc(to))
			.query(this::sessionRow)
			.list();
	}

	void videoLink(UUID sessionId, String link) {
		this.jdbc.sql("update frame_session set video_link_cipher = ? where id = ?")
			.params(this.cipher.encrypt(SESSIONS, sessionId, VIDEO_LINK, link), sessionId)
			.update();
	}

	private StandingAppointment standingRow(ResultSet rs, int n) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new StandingAppointment(id, rs.getObject("therapist_id", UUID.class),
				rs.getObject("client_id", UUID.class), DayOfWeek.of(rs.getInt("weekday")),
				rs.getObject("start_time", LocalTime.class), rs.getInt("duration_minutes"), rs.getInt("every_weeks"),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				ZoneId.of(rs.getString("time_zone")),
				this.cipher.decrypt(STANDING, id, VIDEO_LINK, rs.getString("video_link_cipher")),
				rs.getObject("generated_until", LocalDate.class));
	}

	private SessionView sessionRow(ResultSet rs, int n) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		SessionStatus status = SessionStatus.valueOf(rs.getString("status"));
		CancellationRuling ruling = null;
		if (rs.getObject("cancelled_at") != null) {
			BigDecimal fee = rs.getBigDecimal("fee");
			ruling = new CancellationRuling(status, rs.getBoolean("late"), fee, trim(rs.getString("currency")),
					rs.getBoolean("slot_held"), rs.getBoolean("make_up_offered"),
					(Integer) rs.getObject("policy_version", Integer.class),
					rs.getObject("policy_effective_from", LocalDate.class), rs.getObject("notice_hours", Integer.class),
					instant(rs, "cancelled_at"), rs.getObject("cancelled_by", UUID.class),
					this.cipher.decrypt(SESSIONS, id, CANCEL_REASON, rs.getString("cancel_reason_cipher")));
		}
		return new SessionView(id, rs.getObject("client_id", UUID.class), rs.getObject("therapist_id", UUID.class),
				instant(rs, "starts_at"), instant(rs, "ends_at"), status, SessionKind.valueOf(rs.getString("kind")),
				this.cipher.decrypt(SESSIONS, id, VIDEO_LINK, rs.getString("video_link_cipher")),
				instantOrNull(rs, "started_at"), instantOrNull(rs, "ended_at"), rs.getObject("standing_id", UUID.class),
				ruling, runningLate(rs));
	}

	private static RunningLate runningLate(ResultSet rs) throws SQLException {
		Integer minutes = rs.getObject("late_minutes", Integer.class);
		if (minutes == null) {
			return null;
		}
		return new RunningLate(minutes, rs.getBoolean("late_full_length"), instant(rs, "late_announced_at"));
	}

	private static String trim(String text) {
		return (text != null) ? text.strip() : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
