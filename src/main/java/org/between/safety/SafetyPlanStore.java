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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The versions of safety plans; the step lists are stored as JSON arrays. */
@Component
class SafetyPlanStore {

	private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
	};

	private static final TypeReference<List<Contact>> CONTACTS = new TypeReference<>() {
	};

	private static final String COLUMNS = "version, created_at, warning_signs, coping_strategies, distractions, "
			+ "people_to_ask, professionals, environment_safety, reasons_for_living, shared_with_therapist, crisis_country, "
			+ "written_by_id, written_by_name";

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	SafetyPlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
		this.jdbc
			.sql("insert into safety_plan_version (id, client_id, " + COLUMNS
					+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), clientId, next, Timestamp.from(now), write(input.warningSigns()),
					write(input.copingStrategies()), write(input.distractions()), write(input.peopleToAsk()),
					write(input.professionals()), write(input.environmentSafety()), write(input.reasonsForLiving()),
					Boolean.TRUE.equals(input.sharedWithTherapist()), input.crisisCountry(), authorId, authorName)
			.update();
		return version(clientId, next).orElseThrow();
	}

	private SafetyPlan plan(ResultSet rs, int row) throws SQLException {
		return new SafetyPlan(rs.getInt("version"), rs.getTimestamp("created_at").toInstant(),
				this.json.readValue(rs.getString("warning_signs"), TEXTS),
				this.json.readValue(rs.getString("coping_strategies"), TEXTS),
				this.json.readValue(rs.getString("distractions"), TEXTS),
				this.json.readValue(rs.getString("people_to_ask"), CONTACTS),
				this.json.readValue(rs.getString("professionals"), CONTACTS),
				this.json.readValue(rs.getString("environment_safety"), TEXTS),
				this.json.readValue(rs.getString("reasons_for_living"), TEXTS), rs.getBoolean("shared_with_therapist"),
				rs.getString("crisis_country"), (rs.getObject("written_by_id") == null) ? WrittenBy.CLIENT
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
			+ "warning_signs, coping_strategies, distractions, people_to_ask, professionals, environment_safety, "
			+ "reasons_for_living, note, status, created_at, decided_at, accepted_version";

	void insertProposal(StoredProposal p) {
		this.jdbc
			.sql("insert into safety_plan_proposal (" + PROPOSAL_COLUMNS
					+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(p.id(), p.clientId(), p.therapistId(), p.therapistName(), p.basedOnVersion(),
					write(p.steps().warningSigns()), write(p.steps().copingStrategies()),
					write(p.steps().distractions()), write(p.steps().peopleToAsk()), write(p.steps().professionals()),
					write(p.steps().environmentSafety()), write(p.steps().reasonsForLiving()), p.note(), p.status(),
					Timestamp.from(p.createdAt()), null, null)
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
		SafetyPlanInput steps = new SafetyPlanInput(this.json.readValue(rs.getString("warning_signs"), TEXTS),
				this.json.readValue(rs.getString("coping_strategies"), TEXTS),
				this.json.readValue(rs.getString("distractions"), TEXTS),
				this.json.readValue(rs.getString("people_to_ask"), CONTACTS),
				this.json.readValue(rs.getString("professionals"), CONTACTS),
				this.json.readValue(rs.getString("environment_safety"), TEXTS),
				this.json.readValue(rs.getString("reasons_for_living"), TEXTS), null, null);
		Timestamp decided = rs.getTimestamp("decided_at");
		return new StoredProposal(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getObject("therapist_id", UUID.class), rs.getString("therapist_name"), rs.getInt("based_on_version"),
				steps, rs.getString("note"), rs.getString("status"), rs.getTimestamp("created_at").toInstant(),
				(decided == null) ? null : decided.toInstant(),
				(Integer) rs.getObject("accepted_version", Integer.class));
	}

	/** A proposal as stored; {@code steps} carries no sharing or country choice. */
	record StoredProposal(UUID id, UUID clientId, UUID therapistId, String therapistName, int basedOnVersion,
			SafetyPlanInput steps, String note, String status, Instant createdAt, Instant decidedAt,
			Integer acceptedVersion) {
	}

	private String write(Object value) {
		return this.json.writeValueAsString(value);
	}

}
