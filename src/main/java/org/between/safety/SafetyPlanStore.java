package org.between.safety;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.between.shared.EncryptedRows;
import org.between.shared.StaleRows;
import org.between.shared.TextCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The versions of safety plans and the therapists' proposals; the step lists are stored
 * as JSON arrays, encrypted with {@link TextCipher} (bound to
 * {@code safety_plan_version/<id>/<step>}, {@code safety_plan_proposal/<id>/<step>} and
 * {@code …/note}; docs/encryption.md). After a key rotation the shared re-encryption
 * calls {@link #reencryptBatch}.
 */
@Component
class SafetyPlanStore implements EncryptedRows {

	static final String VERSIONS = "safety_plan_version";

	static final String PROPOSALS = "safety_plan_proposal";

	/** The plan's steps in their column order. */
	static final List<String> STEPS = List.of("warning_signs", "coping_strategies", "distractions", "people_to_ask",
			"professionals", "environment_safety", "reasons_for_living");

	private static final StaleRows VERSION_ROWS = StaleRows.of(VERSIONS, STEPS.toArray(String[]::new));

	private static final StaleRows PROPOSAL_ROWS = StaleRows.of(PROPOSALS,
			java.util.stream.Stream.concat(STEPS.stream(), java.util.stream.Stream.of("note")).toArray(String[]::new));

	private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
	};

	private static final TypeReference<List<Contact>> CONTACTS = new TypeReference<>() {
	};

	private static final String COLUMNS = "id, key_id, version, created_at, warning_signs_cipher, "
			+ "coping_strategies_cipher, distractions_cipher, people_to_ask_cipher, professionals_cipher, "
			+ "environment_safety_cipher, reasons_for_living_cipher, shared_with_therapist, crisis_country, "
			+ "written_by_id, written_by_name";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	private final JsonMapper json = JsonMapper.builder().build();

	SafetyPlanStore(JdbcClient jdbc, TextCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	public String table() {
		return VERSIONS + ", " + PROPOSALS;
	}

	@Override
	public int reencryptBatch(int batch) {
		return StaleRows.rewrite(this.jdbc, this.cipher, batch, VERSION_ROWS, PROPOSAL_ROWS);
	}

	Optional<SafetyPlan> latest(UUID clientId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from safety_plan_version where client_id = ? order by version desc limit 1")
			.param(clientId)
			.query(this::plan)
			.optional();
	}

	Optional<SafetyPlan> version(UUID clientId, int version) {
		return this.jdbc.sql("select " + COLUMNS + " from safety_plan_version where client_id = ? and version = ?")
			.params(clientId, version)
			.query(this::plan)
			.optional();
	}

	List<SafetyPlan> all(UUID clientId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from safety_plan_version where client_id = ? order by version desc")
			.param(clientId)
			.query(this::plan)
			.list();
	}

	Optional<String> chosenCountry(UUID clientId) {
		return latest(clientId).map(SafetyPlan::crisisCountry);
	}

	/**
	 * Stores the next version; the unique (client, version) index refuses a lost race.
	 */
	SafetyPlan append(UUID clientId, SafetyPlanInput input, Instant now) {
		return append(clientId, input, now, null, null);
	}

	/**
	 * Stores the next version written by the client's therapist (a proposal the client
	 * accepted); a null author is the client.
	 */
	SafetyPlan append(UUID clientId, SafetyPlanInput input, Instant now, UUID authorId, String authorName) {
		int next = this.jdbc.sql("select coalesce(max(version), 0) + 1 from safety_plan_version where client_id = ?")
			.param(clientId)
			.query(Integer.class)
			.single();
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into safety_plan_version (client_id, " + COLUMNS
					+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(clientId, id, this.cipher.primaryKeyId(), next, Timestamp.from(now),
					write(VERSIONS, id, 0, input.warningSigns()), write(VERSIONS, id, 1, input.copingStrategies()),
					write(VERSIONS, id, 2, input.distractions()), write(VERSIONS, id, 3, input.peopleToAsk()),
					write(VERSIONS, id, 4, input.professionals()), write(VERSIONS, id, 5, input.environmentSafety()),
					write(VERSIONS, id, 6, input.reasonsForLiving()), Boolean.TRUE.equals(input.sharedWithTherapist()),
					input.crisisCountry(), authorId, authorName)
			.update();
		return version(clientId, next).orElseThrow();
	}

	private SafetyPlan plan(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new SafetyPlan(rs.getInt("version"), rs.getTimestamp("created_at").toInstant(),
				read(rs, VERSIONS, id, 0, TEXTS), read(rs, VERSIONS, id, 1, TEXTS), read(rs, VERSIONS, id, 2, TEXTS),
				read(rs, VERSIONS, id, 3, CONTACTS), read(rs, VERSIONS, id, 4, CONTACTS),
				read(rs, VERSIONS, id, 5, TEXTS), read(rs, VERSIONS, id, 6, TEXTS),
				rs.getBoolean("shared_with_therapist"), rs.getString("crisis_country"),
				(rs.getObject("written_by_id") == null) ? WrittenBy.CLIENT
						: WrittenBy.therapist(rs.getString("written_by_name")),
				null);
	}

	/** The day the plan was last gone through together, if it ever was. */
	Optional<LocalDate> reviewedOn(UUID clientId) {
		return this.jdbc.sql("select reviewed_on from safety_plan_review where client_id = ?")
			.param(clientId)
			.query((rs, row) -> rs.getObject("reviewed_on", LocalDate.class))
			.optional();
	}

	void markReviewed(UUID clientId, LocalDate day, Instant now) {
		int updated = this.jdbc
			.sql("update safety_plan_review set reviewed_on = ?, recorded_at = ? where client_id = ?")
			.params(day, Timestamp.from(now), clientId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into safety_plan_review (client_id, reviewed_on, recorded_at) values (?, ?, ?)")
				.params(clientId, day, Timestamp.from(now))
				.update();
		}
	}

	// Proposals: the therapist's suggested plan, stored like the plan itself.

	private static final String PROPOSAL_COLUMNS = "id, client_id, therapist_id, therapist_name, based_on_version, "
			+ "key_id, warning_signs_cipher, coping_strategies_cipher, distractions_cipher, people_to_ask_cipher, "
			+ "professionals_cipher, environment_safety_cipher, reasons_for_living_cipher, note_cipher, status, "
			+ "created_at, decided_at, accepted_version";

	void insertProposal(StoredProposal p) {
		SafetyPlanInput steps = p.steps();
		UUID id = p.id();
		this.jdbc
			.sql("insert into safety_plan_proposal (" + PROPOSAL_COLUMNS
					+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, p.clientId(), p.therapistId(), p.therapistName(), p.basedOnVersion(),
					this.cipher.primaryKeyId(), write(PROPOSALS, id, 0, steps.warningSigns()),
					write(PROPOSALS, id, 1, steps.copingStrategies()), write(PROPOSALS, id, 2, steps.distractions()),
					write(PROPOSALS, id, 3, steps.peopleToAsk()), write(PROPOSALS, id, 4, steps.professionals()),
					write(PROPOSALS, id, 5, steps.environmentSafety()),
					write(PROPOSALS, id, 6, steps.reasonsForLiving()),
					this.cipher.encrypt(PROPOSALS, id, "note", p.note()), p.status(), Timestamp.from(p.createdAt()),
					null, null)
			.update();
	}

	Optional<StoredProposal> proposal(UUID id) {
		return this.jdbc.sql("select " + PROPOSAL_COLUMNS + " from safety_plan_proposal where id = ?")
			.param(id)
			.query(this::proposalRow)
			.optional();
	}

	List<StoredProposal> proposalsFor(UUID clientId, String status) {
		return this.jdbc
			.sql("select " + PROPOSAL_COLUMNS
					+ " from safety_plan_proposal where client_id = ? and status = ? order by created_at desc")
			.params(clientId, status)
			.query(this::proposalRow)
			.list();
	}

	List<StoredProposal> proposalsBy(UUID therapistId, UUID clientId) {
		return this.jdbc
			.sql("select " + PROPOSAL_COLUMNS
					+ " from safety_plan_proposal where client_id = ? and therapist_id = ? order by created_at desc")
			.params(clientId, therapistId)
			.query(this::proposalRow)
			.list();
	}

	/** Decides an open proposal; false when it was no longer open (decided meanwhile). */
	boolean decide(UUID id, String status, Instant now, Integer acceptedVersion) {
		return this.jdbc
			.sql("update safety_plan_proposal set status = ?, decided_at = ?, accepted_version = ? "
					+ "where id = ? and status = 'OPEN'")
			.params(status, Timestamp.from(now), acceptedVersion, id)
			.update() == 1;
	}

	private StoredProposal proposalRow(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		SafetyPlanInput steps = new SafetyPlanInput(read(rs, PROPOSALS, id, 0, TEXTS),
				read(rs, PROPOSALS, id, 1, TEXTS), read(rs, PROPOSALS, id, 2, TEXTS),
				read(rs, PROPOSALS, id, 3, CONTACTS), read(rs, PROPOSALS, id, 4, CONTACTS),
				read(rs, PROPOSALS, id, 5, TEXTS), read(rs, PROPOSALS, id, 6, TEXTS), null, null);
		Timestamp decided = rs.getTimestamp("decided_at");
		return new StoredProposal(id, rs.getObject("client_id", UUID.class), rs.getObject("therapist_id", UUID.class),
				rs.getString("therapist_name"), rs.getInt("based_on_version"), steps,
				this.cipher.decrypt(PROPOSALS, id, "note", rs.getString("note_cipher")), rs.getString("status"),
				rs.getTimestamp("created_at").toInstant(), (decided == null) ? null : decided.toInstant(),
				(Integer) rs.getObject("accepted_version", Integer.class));
	}

	/** A proposal as stored; {@code steps} carries no sharing or country choice. */
	record StoredProposal(UUID id, UUID clientId, UUID therapistId, String therapistName, int basedOnVersion,
			SafetyPlanInput steps, String note, String status, Instant createdAt, Instant decidedAt,
			Integer acceptedVersion) {
	}

	/** A step's list as JSON, encrypted for its row and column. */
	private String write(String table, UUID id, int step, Object value) {
		return this.cipher.encrypt(table, id, STEPS.get(step), this.json.writeValueAsString(value));
	}

	private <T> T read(ResultSet rs, String table, UUID id, int step, TypeReference<T> type) throws SQLException {
		String field = STEPS.get(step);
		return this.json.readValue(this.cipher.decrypt(table, id, field, rs.getString(StaleRows.column(field))), type);
	}

}
