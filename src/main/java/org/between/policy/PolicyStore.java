package org.between.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * Policy versions in {@code frame_policy_version}, client fees in
 * {@code frame_client_fee}, acknowledgements in {@code frame_policy_acknowledgement}.
 * Rows are only ever added. The therapist's notes are encrypted with {@link TextCipher},
 * bound to {@code frame_policy_version/<row id>/sliding_scale_note} and
 * {@code frame_client_fee/<id>/note} (docs/encryption.md); after a key rotation the
 * shared re-encryption calls {@link #reencryptBatch}.
 */
@Component
class PolicyStore implements EncryptedRows {

	static final String VERSIONS = "frame_policy_version";

	static final String FEES = "frame_client_fee";

	static final String SLIDING_SCALE_NOTE = "sliding_scale_note";

	static final String NOTE = "note";

	private static final StaleRows VERSION_ROWS = StaleRows.of(VERSIONS, SLIDING_SCALE_NOTE);

	private static final StaleRows FEE_ROWS = StaleRows.of(FEES, NOTE);

	private static final String VERSION_COLUMNS = "id, therapist_id, version, effective_from, effective_at, "
			+ "published_at, cancellation_notice_hours, late_cancellation_fee, fee_per_session, currency, "
			+ "hold_slot_on_cancellation, make_up, key_id, sliding_scale_note_cipher";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	PolicyStore(JdbcClient jdbc, TextCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	public String table() {
		return VERSIONS + ", " + FEES;
	}

	@Override
	public int reencryptBatch(int batch) {
		return StaleRows.rewrite(this.jdbc, this.cipher, batch, VERSION_ROWS, FEE_ROWS);
	}

	void insert(PolicyVersion v) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into frame_policy_version (" + VERSION_COLUMNS
					+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, v.therapistId(), v.version(), v.effectiveFrom(), utc(v.effectiveAt()), utc(v.publishedAt()),
					v.cancellationNoticeHours(), v.lateCancellationFee(), v.feePerSession(), v.currency(),
					v.holdSlotOnCancellation(), v.makeUp().name(), this.cipher.primaryKeyId(),
					this.cipher.encrypt(VERSIONS, id, SLIDING_SCALE_NOTE, v.slidingScaleNote()))
			.update();
	}

	/** The therapist's versions, lowest first. */
	PolicyTimeline timeline(UUID therapistId) {
		return new PolicyTimeline(this.jdbc
			.sql("select " + VERSION_COLUMNS + " from frame_policy_version where therapist_id = ? order by version")
			.param(therapistId)
			.query(this::version)
			.list());
	}

	void insert(UUID therapistId, UUID clientId, ClientFee fee) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into frame_client_fee
					(id, therapist_id, client_id, fee_per_session, effective_from, effective_at, set_at, key_id, note_cipher)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, therapistId, clientId, fee.feePerSession(), fee.effectiveFrom(), utc(fee.effectiveAt()),
					utc(fee.setAt()), this.cipher.primaryKeyId(), this.cipher.encrypt(FEES, id, NOTE, fee.note()))
			.update();
	}

	/** The fees set for the client by the therapist, in the order they were set. */
	List<ClientFee> fees(UUID therapistId, UUID clientId) {
		return this.jdbc.sql("""
				select id, fee_per_session, effective_from, effective_at, set_at, note_cipher from frame_client_fee
				where therapist_id = ? and client_id = ? order by set_at, effective_at""")
			.params(therapistId, clientId)
			.query((rs, n) -> new ClientFee(money(rs, "fee_per_session"), date(rs, "effective_from"),
					instant(rs, "effective_at"), instant(rs, "set_at"),
					this.cipher.decrypt(FEES, rs.getObject("id", UUID.class), NOTE, rs.getString("note_cipher"))))
			.list();
	}

	Optional<Acknowledgement> acknowledgement(UUID therapistId, UUID clientId, int version) {
		return this.jdbc.sql("""
				select client_id, version, acknowledged_at from frame_policy_acknowledgement
				where therapist_id = ? and client_id = ? and version = ?""")
			.params(therapistId, clientId, version)
			.query(PolicyStore::acknowledgement)
			.optional();
	}

	void insert(UUID therapistId, Acknowledgement ack) {
		this.jdbc.sql("""
				insert into frame_policy_acknowledgement (therapist_id, client_id, version, acknowledged_at)
				values (?, ?, ?, ?)""")
			.params(therapistId, ack.clientId(), ack.version(), utc(ack.acknowledgedAt()))
			.update();
	}

	/** The client's acknowledgements of the therapist's versions, oldest first. */
	List<Acknowledgement> acknowledgements(UUID therapistId, UUID clientId) {
		return this.jdbc.sql("""
				select client_id, version, acknowledged_at from frame_policy_acknowledgement
				where therapist_id = ? and client_id = ? order by acknowledged_at, version""")
			.params(therapistId, clientId)
			.query(PolicyStore::acknowledgement)
			.list();
	}

	/** Every acknowledgement of the therapist's versions, oldest first. */
	List<Acknowledgement> acknowledgements(UUID therapistId) {
		return this.jdbc.sql("""
				select client_id, version, acknowledged_at from frame_policy_acknowledgement
				where therapist_id = ? order by acknowledged_at, version""")
			.param(therapistId)
			.query(PolicyStore::acknowledgement)
			.list();
	}

	private PolicyVersion version(ResultSet rs, int n) throws SQLException {
		return new PolicyVersion(rs.getObject("therapist_id", UUID.class), rs.getInt("version"),
				date(rs, "effective_from"), instant(rs, "effective_at"), instant(rs, "published_at"),
				rs.getInt("cancellation_notice_hours"), money(rs, "late_cancellation_fee"),
				money(rs, "fee_per_session"), rs.getString("currency").strip(),
				rs.getBoolean("hold_slot_on_cancellation"), MakeUpRule.valueOf(rs.getString("make_up")),
				this.cipher.decrypt(VERSIONS, rs.getObject("id", UUID.class), SLIDING_SCALE_NOTE,
						rs.getString("sliding_scale_note_cipher")));
	}

	private static Acknowledgement acknowledgement(ResultSet rs, int n) throws SQLException {
		return new Acknowledgement(rs.getObject("client_id", UUID.class), rs.getInt("version"),
				instant(rs, "acknowledged_at"));
	}

	/** Amounts always with two decimals, the same from both databases. */
	static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	private static BigDecimal money(ResultSet rs, String column) throws SQLException {
		return money(rs.getBigDecimal(column));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
