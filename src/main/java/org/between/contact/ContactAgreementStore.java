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

import org.between.shared.EncryptedRows;
import org.between.shared.StaleRows;
import org.between.shared.TextCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Agreements in {@code contact_agreement}, the alerts sent under them in
 * {@code contact_risk_alert}. Rows are only added and their status moved on; the
 * therapist's words are encrypted at rest with {@link TextCipher} (associated data
 * {@code contact_agreement/<id>/crisis_instructions} and {@code …/during_absences}), and
 * after a key rotation the shared re-encryption calls {@link #reencryptBatch}.
 */
@Component
class ContactAgreementStore implements EncryptedRows {

	static final String TABLE = "contact_agreement";

	private static final String COLUMNS = "id, client_id, therapist_id, status, allowed_categories, "
			+ "response_time_hours, reading_days, reading_from, reading_to, reading_zone, key_id, "
			+ "crisis_instructions_cipher, during_absences_cipher, review_date, risk_email_alerts, proposed_at, accepted_at, discussed_at, ended_at, "
			+ "discussion_entry_id";

	static final String CRISIS = "crisis_instructions";

	static final String ABSENCES = "during_absences";

	/** The one re-encryption loop of every table (docs/encryption.md). */
	private static final StaleRows ROWS = StaleRows.of(TABLE, CRISIS, ABSENCES);

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	ContactAgreementStore(JdbcClient jdbc, TextCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	public String table() {
		return TABLE;
	}

	/**
	 * Re-encrypts up to {@code batch} agreements not under the primary key, the plain
	 * rows from before encryption (null key id) first; answers how many it rewrote.
	 */
	@Override
	public int reencryptBatch(int batch) {
		return ROWS.rewrite(this.jdbc, this.cipher, batch);
	}

	void insert(ContactAgreement a) {
		this.jdbc
			.sql("insert into " + TABLE + " (" + COLUMNS
					+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(a.id(), a.clientId(), a.therapistId(), a.status().name(), names(a.allowedCategories()),
					a.responseTimeHours(), days(a.readingHours().days()), a.readingHours().from(),
					a.readingHours().to(), a.readingHours().zone().getId(), this.cipher.primaryKeyId(),
					encrypt(a.id(), CRISIS, a.crisisInstructions()), encrypt(a.id(), ABSENCES, a.duringAbsences()),
					a.reviewDate(), a.riskEmailAlerts(), utc(a.proposedAt()), utc(a.acceptedAt()), utc(a.discussedAt()),
					utc(a.endedAt()), a.discussionEntryId())
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

	/**
	 * Agreements in force whose review date lies between the two days, for the review
	 * reminders.
	 */
	List<ContactAgreement> acceptedWithReviewBetween(LocalDate first, LocalDate last) {
		return this.jdbc
			.sql("select " + COLUMNS + " from " + TABLE + " where status = 'ACCEPTED' and review_date between ? and ? "
					+ "order by review_date, id")
			.params(first, last)
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
				rs.getInt("response_time_hours"), hours, decrypt(rs, id, CRISIS), decrypt(rs, id, ABSENCES),
				rs.getObject("review_date", LocalDate.class), rs.getBoolean("risk_email_alerts"),
				instant(rs, "proposed_at"), instant(rs, "accepted_at"), instant(rs, "discussed_at"),
				instant(rs, "ended_at"), rs.getObject("discussion_entry_id", UUID.class));
	}

	/** The therapist's words go into the table only encrypted (docs/encryption.md). */
	private String encrypt(UUID rowId, String field, String plain) {
		return this.cipher.encrypt(TABLE, rowId, field, plain);
	}

	/**
	 * A field of the row, decrypted; a row from before encryption (null key id) holds
	 * plain text until it is re-encrypted.
	 */
	private String decrypt(ResultSet rs, UUID rowId, String field) throws SQLException {
		String stored = rs.getString(field + "_cipher");
		rs.getLong("key_id");
		return rs.wasNull() ? stored : this.cipher.decrypt(TABLE, rowId, field, stored);
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
