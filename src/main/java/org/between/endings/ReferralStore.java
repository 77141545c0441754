package org.between.endings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.between.shared.EncryptedRows;
import org.between.shared.StaleRows;
import org.between.shared.TextCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.between.endings.EndingStore.instant;
import static org.between.endings.EndingStore.utc;

/**
 * Referrals in {@code endings_referral}; name, contact and note go in and come out
 * through the {@link TextCipher} (associated data {@code endings_referral/<id>/name}, …).
 */
@Component
class ReferralStore implements EncryptedRows {

	static final String TABLE = "endings_referral";

	private static final StaleRows ROWS = StaleRows.of(TABLE, "name", "contact", "note");

	private static final String COLUMNS = "id, therapist_id, client_id, ending_id, name_cipher, contact_cipher, "
			+ "note_cipher, status, keep_visible, created_at, status_changed_at";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	ReferralStore(JdbcClient jdbc, TextCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	void insert(Referral r) {
		this.jdbc.sql("insert into " + TABLE + " (" + COLUMNS + ", key_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(r.id(), r.therapistId(), r.clientId(), r.endingId(), encrypt(r.id(), "name", r.name()),
					encrypt(r.id(), "contact", r.contact()), encrypt(r.id(), "note", r.note()), r.status().name(),
					r.keepVisibleToTherapist(), utc(r.createdAt()), utc(r.statusChangedAt()),
					this.cipher.primaryKeyId())
			.update();
	}

	Optional<Referral> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from " + TABLE + " where id = ?")
			.param(id)
			.query(this::referral)
			.optional();
	}

	/** The client's referrals (of every therapist), oldest first. */
	List<Referral> ofClient(UUID clientId) {
		return this.jdbc.sql("select " + COLUMNS + " from " + TABLE + " where client_id = ? order by created_at, id")
			.param(clientId)
			.query(this::referral)
			.list();
	}

	/** The therapist's referrals, oldest first. */
	List<Referral> ofTherapist(UUID therapistId) {
		return this.jdbc.sql("select " + COLUMNS + " from " + TABLE + " where therapist_id = ? order by created_at, id")
			.param(therapistId)
			.query(this::referral)
			.list();
	}

	/** The therapist's referrals not closed, as the home card counts them (no texts). */
	List<OpenReferral> openOfTherapist(UUID therapistId) {
		return this.jdbc
			.sql("select id, client_id, status from " + TABLE
					+ " where therapist_id = ? and status in ('SUGGESTED', 'CONTACTED') order by created_at, id")
			.param(therapistId)
			.query((rs, n) -> new OpenReferral(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
					ReferralStatus.valueOf(rs.getString("status"))))
			.list();
	}

	void update(UUID id, ReferralStatus status, boolean keepVisible, Instant statusChangedAt) {
		this.jdbc.sql("update " + TABLE + " set status = ?, keep_visible = ?, status_changed_at = ? where id = ?")
			.params(status.name(), keepVisible, utc(statusChangedAt), id)
			.update();
	}

	@Override
	public String table() {
		return TABLE;
	}

	@Override
	public int reencryptBatch(int batch) {
		return ROWS.rewrite(this.jdbc, this.cipher, batch);
	}

	private String encrypt(UUID id, String field, String plain) {
		return this.cipher.encrypt(TABLE, id, field, plain);
	}

	private Referral referral(ResultSet rs, int n) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new Referral(id, rs.getObject("therapist_id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getObject("ending_id", UUID.class),
				this.cipher.decrypt(TABLE, id, "name", rs.getString("name_cipher")),
				this.cipher.decrypt(TABLE, id, "contact", rs.getString("contact_cipher")),
				this.cipher.decrypt(TABLE, id, "note", rs.getString("note_cipher")),
				ReferralStatus.valueOf(rs.getString("status")), rs.getBoolean("keep_visible"),
				instant(rs, "created_at"), instant(rs, "status_changed_at"));
	}

	/** A referral not closed, without its texts. */
	record OpenReferral(UUID id, UUID clientId, ReferralStatus status) {
	}

}
