package org.between.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Agreements in {@code contact_agreement}, the alerts sent under them in
 * {@code contact_risk_alert}. Rows are only added and their status moved on; the
 * therapist's words go through {@link #encrypt} and {@link #decrypt}.
 */
@Component
class ContactAgreementStore {

	static final String TABLE = "contact_agreement";

	private static final String COLUMNS = "id, client_id, therapist_id, status, allowed_categories, "
			+ "response_time_hours, reading_days, reading_from, reading_to, reading_zone, crisis_instructions, "
			+ "during_absences, review_date, risk_email_alerts, proposed_at, accepted_at, discussed_at, ended_at, "
			+ "discussion_entry_id";

	private final JdbcClient jdbc;

	ContactAgreementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ContactAgreement a) {
		this.jdbc
			.sql("insert into " + TABLE + " (" + COLUMNS
					+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(a.id(), a.clientId(), a.therapistId(), a.status().name(), names(a.allowedCategories()),
					a.responseTimeHours(), days(a.readingHours().days()), a.readingHours().from(),
					a.readingHours().to(), a.readingHours().zone().getId(),
					encrypt(a.id(), "crisis_instructions", a.crisisInstructions()),
					encrypt(a.id(), "during_absences", a.duringAbsences()), a.reviewDate(), a.riskEmailAlerts(),
					utc(a.proposedAt()), utc(a.acceptedAt()), utc(a.discussedAt()), utc(a.endedAt()),
					a.discussionEntryId())
			.update();
	}

	Optional<ContactAgreement> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from " + TABLE + " where id = ?")
			.param(id)
			.query(this::agreement)
			.optional();
	}

	/**
	 * Every agreement of the client (with the therapist, when one is given), newest
	 * proposal first; {@code forUpdate} locks them, so that answering, proposing and
	 * alerting for one client take turns.
	 */
	List<ContactAgreement> of(UUID clientId, UUID therapistId, boolean forUpdate) {
		String sql = "select " + COLUMNS + " from " + TABLE + " where client_id = ?"
				+ ((therapistId != null) ? " and therapist_id = ?" : "") + " order by proposed_at desc, id"
				+ (forUpdate ? " for update" : "");
		var statement = this.jdbc.sql(sql).param(clientId);
		if (therapistId != null) {
			statement = statement.param(therapistId);
		}
		return statement.query(this::agreement).list();
	}

	/** The therapist's agreements in force, for the review cards. */
	List<ContactAgreement> acceptedBy(UUID therapistId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from " + TABLE + " where therapist_id = ? and status = 'ACCEPTED' "
					+ "order by review_date, proposed_at")
			.param(therapistId)
			.query(this::agreement)
			.list();
	}

	void accepted(UUID id, Instant at) {
		this.jdbc.sql("update " + TABLE + " set status = 'ACCEPTED', accepted_at = ? where id = ?")
			.params(utc(at), id)
			.update();
	}

	void discussed(UUID id, Instant at, UUID entryId) {
		this.jdbc
			.sql("update " + TABLE + " set status = 'DISCUSS', discussed_at = ?, discussion_entry_id = ? where id = ?")
			.params(utc(at), entryId, id)
			.update();
	}

	/** Ends an agreement: SUPERSEDED (was in force) or REPLACED (an open proposal). */
	void ended(UUID id, AgreementStatus status, Instant at) {
		this.jdbc.sql("update " + TABLE + " set status = ?, ended_at = ? where id = ?")
			.params(status.name(), utc(at), id)
			.update();
	}

	void insertAlert(UUID clientId, UUID therapistId, UUID agreementId, Instant at) {
		this.jdbc.sql("""
				insert into contact_risk_alert (id, client_id, therapist_id, agreement_id, sent_at)
				values (?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), clientId, therapistId, agreementId, utc(at))
			.update();
	}

	/** The alerts sent about the client at or after {@code since}, newest first. */
	List<Instant> alertsSince(UUID clientId, Instant since) {
		return this.jdbc
			.sql("select sent_at from contact_risk_alert where client_id = ? and sent_at >= ? order by sent_at desc")
			.params(clientId, utc(since))
			.query((rs, n) -> instant(rs, "sent_at"))
			.list();
	}

	/** The alerts the therapist was sent about the client at or after {@code since}. */
	List<Instant> alertsSince(UUID clientId, UUID therapistId, Instant since) {
		return this.jdbc.sql("""
				select sent_at from contact_risk_alert where client_id = ? and therapist_id = ? and sent_at >= ?
				order by sent_at desc""")
			.params(clientId, therapistId, utc(since))
			.query((rs, n) -> instant(rs, "sent_at"))
			.list();
	}

	private ContactAgreement agreement(ResultSet rs, int n) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		ReadingHours hours = new ReadingHours(days(rs.getString("reading_days")),
				rs.getObject("reading_from", LocalTime.class), rs.getObject("reading_to", LocalTime.class),
				ZoneId.of(rs.getString("reading_zone")));
		return new ContactAgreement(id, rs.getObject("client_id", UUID.class), rs.getObject("therapist_id", UUID.class),
				AgreementStatus.valueOf(rs.getString("status")), categories(rs.getString("allowed_categories")),
				rs.getInt("response_time_hours"), hours,
				decrypt(id, "crisis_instructions", rs.getString("crisis_instructions")),
				decrypt(id, "during_absences", rs.getString("during_absences")),
				rs.getObject("review_date", LocalDate.class), rs.getBoolean("risk_email_alerts"),
				instant(rs, "proposed_at"), instant(rs, "accepted_at"), instant(rs, "discussed_at"),
				instant(rs, "ended_at"), rs.getObject("discussion_entry_id", UUID.class));
	}

	/**
	 * The one way the therapist's words go into the table, so that encrypting them at
	 * rest (the crypto helper's {@code shared.TextCipher}) changes this method alone.
	 */
	private String encrypt(UUID rowId, String field, String plain) {
		return plain;
	}

	/** The one way the therapist's words come out of the table (see {@link #encrypt}). */
	private String decrypt(UUID rowId, String field, String stored) {
		return stored;
	}

	private static String names(List<ContactCategory> categories) {
		return categories.stream().map(ContactCategory::name).collect(Collectors.joining(","));
	}

	private static List<ContactCategory> categories(String names) {
		return Arrays.stream(names.split(",")).filter((s) -> !s.isBlank()).map(ContactCategory::valueOf).toList();
	}

	private static String days(List<DayOfWeek> days) {
		return days.stream().map((d) -> Integer.toString(d.getValue())).collect(Collectors.joining(","));
	}

	private static List<DayOfWeek> days(String numbers) {
		return Arrays.stream(numbers.split(",")).map((d) -> DayOfWeek.of(Integer.parseInt(d.strip()))).toList();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
