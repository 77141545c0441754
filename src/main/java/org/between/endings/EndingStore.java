package org.between.endings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
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
 * Endings in {@code endings_ending}; the therapist's reason goes in and comes out through
 * the {@link TextCipher} (associated data {@code endings_ending/<id>/reason}). A pair has
 * at most one open ending: {@code open_client_id} is the client's id while it is open
 * (unique), null once closed.
 */
@Component
class EndingStore implements EncryptedRows {

	static final String TABLE = "endings_ending";

	static final String REASON = "reason";

	private static final StaleRows ROWS = StaleRows.of(TABLE, REASON);

	private static final String COLUMNS = "id, therapist_id, client_id, kind, unplanned_reason, reason_cipher, "
			+ "last_session_date, time_zone, taper_every_weeks, taper_from, follow_up_date, proposed_at, notice_days, "
			+ "notice_sessions, discuss_requested_at, closed_at";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	EndingStore(JdbcClient jdbc, TextCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	void insert(Ending e) {
		this.jdbc
			.sql("insert into " + TABLE + " (" + COLUMNS + ", key_id, open_client_id) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(e.id(), e.therapistId(), e.clientId(), e.kind().name(),
					(e.unplannedReason() != null) ? e.unplannedReason().name() : null,
					this.cipher.encrypt(TABLE, e.id(), REASON, e.reason()), e.lastSessionDate(), e.zone().getId(),
					e.taperEveryWeeks(), e.taperFrom(), e.followUpDate(), utc(e.proposedAt()), e.noticeDays(),
					e.noticeSessions(), null, null, this.cipher.primaryKeyId(), e.clientId())
			.update();
	}

	/** The client's open ending, or else their latest. */
	Optional<Ending> latestOfClient(UUID clientId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from " + TABLE
					+ " where client_id = ? order by case when closed_at is null then 0 else 1 end, proposed_at desc "
					+ "limit 1")
			.param(clientId)
			.query(this::ending)
			.optional();
	}

	Optional<Ending> openOf(UUID therapistId, UUID clientId) {
		return this.jdbc.sql("select " + COLUMNS + " from " + TABLE + " where open_client_id = ? and therapist_id = ?")
			.params(clientId, therapistId)
			.query(this::ending)
			.optional();
	}

	/** Every open ending whose closing day is {@code before} or earlier. */
	List<Ending> openClosingBefore(LocalDate day) {
		return this.jdbc
			.sql("select " + COLUMNS + " from " + TABLE + " where closed_at is null "
					+ "and coalesce(follow_up_date, last_session_date) < ? order by proposed_at")
			.param(day)
			.query(this::ending)
			.list();
	}

	/** The therapist's endings proposed in {@code [from, to)}. */
	List<Ending> proposedBy(UUID therapistId, Instant from, Instant to) {
		return this.jdbc
			.sql("select " + COLUMNS + " from " + TABLE
					+ " where therapist_id = ? and proposed_at >= ? and proposed_at < ? order by proposed_at")
			.params(therapistId, utc(from), utc(to))
			.query(this::ending)
			.list();
	}

	void discussRequested(UUID id, Instant at) {
		this.jdbc.sql("update " + TABLE + " set discuss_requested_at = ? where id = ?").params(utc(at), id).update();
	}

	/** Closes an open ending; false when it was closed already (another instance). */
	boolean close(UUID id, Instant at) {
		return this.jdbc
			.sql("update " + TABLE + " set closed_at = ?, open_client_id = null where id = ? and closed_at is null")
			.params(utc(at), id)
			.update() == 1;
	}

	@Override
	public String table() {
		return TABLE;
	}

	@Override
	public int reencryptBatch(int batch) {
		return ROWS.rewrite(this.jdbc, this.cipher, batch);
	}

	private Ending ending(ResultSet rs, int n) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String unplanned = rs.getString("unplanned_reason");
		return new Ending(id, rs.getObject("therapist_id", UUID.class), rs.getObject("client_id", UUID.class),
				EndingKind.valueOf(rs.getString("kind")),
				(unplanned != null) ? UnplannedReason.valueOf(unplanned) : null,
				this.cipher.decrypt(TABLE, id, REASON, rs.getString("reason_cipher")),
				rs.getObject("last_session_date", LocalDate.class), ZoneId.of(rs.getString("time_zone")),
				rs.getObject("taper_every_weeks", Integer.class), rs.getObject("taper_from", LocalDate.class),
				rs.getObject("follow_up_date", LocalDate.class), instant(rs, "proposed_at"), rs.getInt("notice_days"),
				rs.getInt("notice_sessions"), instant(rs, "discuss_requested_at"), instant(rs, "closed_at"), 0, false);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
