package org.between.safety;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
			+ "people_to_ask, professionals, environment_safety, reasons_for_living, shared_with_therapist, crisis_country";

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
		int next = this.jdbc.sql("select coalesce(max(version), 0) + 1 from safety_plan_version where client_id = ?")
			.param(clientId)
			.query(Integer.class)
			.single();
		this.jdbc
			.sql("insert into safety_plan_version (id, client_id, " + COLUMNS
					+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), clientId, next, Timestamp.from(now), write(input.warningSigns()),
					write(input.copingStrategies()), write(input.distractions()), write(input.peopleToAsk()),
					write(input.professionals()), write(input.environmentSafety()), write(input.reasonsForLiving()),
					Boolean.TRUE.equals(input.sharedWithTherapist()), input.crisisCountry())
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
				rs.getString("crisis_country"));
	}

	private String write(Object value) {
		return this.json.writeValueAsString(value);
	}

}
