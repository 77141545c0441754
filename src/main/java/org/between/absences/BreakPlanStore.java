package org.between.absences;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.between.absences.BreakPlan.PickedSkill;
import org.between.safety.Contact;
import org.between.shared.EncryptedRows;
import org.between.shared.StaleRows;
import org.between.shared.TextCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Break plans in {@code absences_break_plan}, one row per absence and client, written by
 * the client (skills, people, note, sharing with the therapist) and by the therapist
 * (their note). Every text goes in and comes out through the {@link TextCipher}
 * (associated data {@code absences_break_plan/<id>/<field>}); skills and people as JSON.
 * A change to either part rewrites the whole row under the primary key, so that
 * {@code key_id} is true of all four fields; after a key rotation the shared
 * re-encryption calls {@link #reencryptBatch}.
 */
@Component
class BreakPlanStore implements EncryptedRows {

	static final String TABLE = "absences_break_plan";

	/** The one re-encryption loop of every table (docs/encryption.md). */
	private static final StaleRows ROWS = StaleRows.of(TABLE, "skills", "people", "note", "therapist_note");

	private static final TypeReference<List<PickedSkill>> SKILLS = new TypeReference<>() {
	};

	private static final TypeReference<List<Contact>> PEOPLE = new TypeReference<>() {
	};

	private static final String COLUMNS = "id, absence_id, client_id, skills_cipher, people_cipher, note_cipher, "
			+ "therapist_note_cipher, share_with_therapist, updated_at, therapist_note_at";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	private final JsonMapper json = JsonMapper.builder().build();

	BreakPlanStore(JdbcClient jdbc, TextCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** The stored plan of the client for the absence (with the row's id). */
	Optional<StoredPlan> find(UUID absenceId, UUID clientId) {
		return this.jdbc.sql("select " + COLUMNS + " from " + TABLE + " where absence_id = ? and client_id = ?")
			.params(absenceId, clientId)
			.query(this::plan)
			.optional();
	}

	/**
	 * The client's plan for the absence, made if missing, held until the transaction ends
	 * so that the client's save and the therapist's note cannot overwrite each other.
	 */
	StoredPlan lock(UUID absenceId, UUID clientId) {
		this.jdbc
			.sql("insert into " + TABLE + " (id, absence_id, client_id, key_id) values (?, ?, ?, ?) "
					+ "on conflict do nothing")
			.params(UUID.randomUUID(), absenceId, clientId, this.cipher.primaryKeyId())
			.update();
		return this.jdbc
			.sql("select " + COLUMNS + " from " + TABLE + " where absence_id = ? and client_id = ? for update")
			.params(absenceId, clientId)
			.query(this::plan)
			.single();
	}

	/** Writes every field of the plan under the primary key. */
	void save(StoredPlan p) {
		this.jdbc
			.sql("update " + TABLE + " set key_id = ?, skills_cipher = ?, people_cipher = ?, note_cipher = ?, "
					+ "therapist_note_cipher = ?, share_with_therapist = ?, updated_at = ?, therapist_note_at = ? "
					+ "where id = ?")
			.params(this.cipher.primaryKeyId(), encrypt(p.id(), "skills", this.json.writeValueAsString(p.skills())),
					encrypt(p.id(), "people", this.json.writeValueAsString(p.people())),
					encrypt(p.id(), "note", p.note()), encrypt(p.id(), "therapist_note", p.therapistNote()),
					p.shareWithTherapist(), utc(p.updatedAt()), utc(p.therapistNoteAt()), p.id())
			.update();
	}

	@Override
	public String table() {
		return TABLE;
	}

	/**
	 * Re-encrypts up to {@code batch} plans not under the primary key; answers how many.
	 */
	@Override
	public int reencryptBatch(int batch) {
		return ROWS.rewrite(this.jdbc, this.cipher, batch);
	}

	private StoredPlan plan(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String skills = decrypt(id, "skills", rs.getString("skills_cipher"));
		String people = decrypt(id, "people", rs.getString("people_cipher"));
		return new StoredPlan(id, rs.getObject("absence_id", UUID.class), rs.getObject("client_id", UUID.class),
				(skills != null) ? this.json.readValue(skills, SKILLS) : List.of(),
				(people != null) ? this.json.readValue(people, PEOPLE) : List.of(),
				decrypt(id, "note", rs.getString("note_cipher")),
				decrypt(id, "therapist_note", rs.getString("therapist_note_cipher")),
				rs.getBoolean("share_with_therapist"), instant(rs, "updated_at"), instant(rs, "therapist_note_at"));
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

	/** A row as stored: the client's part and the therapist's. */
	record StoredPlan(UUID id, UUID absenceId, UUID clientId, List<PickedSkill> skills, List<Contact> people,
			String note, String therapistNote, boolean shareWithTherapist, Instant updatedAt, Instant therapistNoteAt) {

		StoredPlan byClient(List<PickedSkill> skills, List<Contact> people, String note, boolean share, Instant at) {
			return new StoredPlan(this.id, this.absenceId, this.clientId, skills, people, note, this.therapistNote,
					share, at, this.therapistNoteAt);
		}

		StoredPlan byTherapist(String note, Instant at) {
			return new StoredPlan(this.id, this.absenceId, this.clientId, this.skills, this.people, this.note, note,
					this.shareWithTherapist, this.updatedAt, at);
		}

		BreakPlan view(boolean sharedWithCover) {
			return new BreakPlan(this.absenceId, this.clientId, this.skills, this.people, this.note, sharedWithCover,
					this.shareWithTherapist, this.therapistNote, this.updatedAt, this.therapistNoteAt);
		}

	}

}
