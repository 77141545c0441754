package org.between.toolbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.between.shared.EncryptedRows;
import org.between.shared.StaleRows;
import org.between.shared.TextCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Own skills with their steps, and practices. Tags are a comma-separated list of
 * situation names; a removed skill keeps its row (and its practices) with
 * {@code removed_at} set, so that what was learned from it still counts. What a person
 * wrote (a skill's name, rhythm and steps, a practice's note) is encrypted with
 * {@link TextCipher}, bound to {@code
 *
<table>
 * /<id>/<field>} (docs/encryption.md); after a key rotation the shared re-encryption
 * calls {@link #reencryptBatch}.
 */
@Component
class SkillStore implements EncryptedRows {

	static final String SKILLS = "toolbox_skill";

	static final String STEPS = "toolbox_skill_step";

	static final String PRACTICES = "toolbox_practice";

	private static final StaleRows SKILL_ROWS = StaleRows.of(SKILLS, "name", "rhythm");

	private static final StaleRows STEP_ROWS = StaleRows.of(STEPS, "text");

	private static final StaleRows PRACTICE_ROWS = StaleRows.of(PRACTICES, "note");

	private static final String SKILL_COLUMNS = "id, client_id, key_id, name_cipher, tags, added_by, rhythm_cipher, "
			+ "created_at";

	private static final String PRACTICE_COLUMNS = "id, client_id, skill_id, distress_before, distress_after, "
			+ "situation, minutes, key_id, note_cipher, practised_at";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	SkillStore(JdbcClient jdbc, TextCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	public String table() {
		return SKILLS + ", " + STEPS + ", " + PRACTICES;
	}

	@Override
	public int reencryptBatch(int batch) {
		return StaleRows.rewrite(this.jdbc, this.cipher, batch, SKILL_ROWS, STEP_ROWS, PRACTICE_ROWS);
	}

	void insert(StoredSkill skill) {
		this.jdbc.sql("insert into toolbox_skill (" + SKILL_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(skill.id(), skill.clientId(), this.cipher.primaryKeyId(),
					this.cipher.encrypt(SKILLS, skill.id(), "name", skill.name()),
					skill.tags().stream().map(Situation::name).collect(Collectors.joining(",")), skill.addedBy(),
					this.cipher.encrypt(SKILLS, skill.id(), "rhythm", skill.rhythm()),
					Timestamp.from(skill.createdAt()))
			.update();
		for (int i = 0; i < skill.steps().size(); i++) {
			UUID stepId = UUID.randomUUID();
			this.jdbc
				.sql("insert into toolbox_skill_step (id, skill_id, position, key_id, text_cipher) "
						+ "values (?, ?, ?, ?, ?)")
				.params(stepId, skill.id(), i + 1, this.cipher.primaryKeyId(),
						this.cipher.encrypt(STEPS, stepId, "text", skill.steps().get(i)))
				.update();
		}
	}

	/** A skill that has not been removed. */
	Optional<StoredSkill> find(UUID id) {
		return this.jdbc.sql("select " + SKILL_COLUMNS + " from toolbox_skill where id = ? and removed_at is null")
			.param(id)
			.query(this::skill)
			.optional()
			.map((s) -> s.withSteps(steps(List.of(id)).getOrDefault(id, List.of())));
	}

	/** The client's skills that have not been removed, oldest first. */
	List<StoredSkill> skillsOf(UUID clientId) {
		List<StoredSkill> skills = this.jdbc
			.sql("select " + SKILL_COLUMNS
					+ " from toolbox_skill where client_id = ? and removed_at is null order by created_at, id")
			.param(clientId)
			.query(this::skill)
			.list();
		if (skills.isEmpty()) {
			return skills;
		}
		Map<UUID, List<String>> steps = steps(skills.stream().map(StoredSkill::id).toList());
		return skills.stream().map((s) -> s.withSteps(steps.getOrDefault(s.id(), List.of()))).toList();
	}

	/**
	 * The names of all the client's skills, removed ones included (for past practices).
	 */
	Map<UUID, String> namesOf(UUID clientId) {
		Map<UUID, String> names = new HashMap<>();
		this.jdbc.sql("select id, name_cipher from toolbox_skill where client_id = ?").param(clientId).query((rs) -> {
			UUID id = rs.getObject(1, UUID.class);
			names.put(id, this.cipher.decrypt(SKILLS, id, "name", rs.getString(2)));
		});
		return names;
	}

	boolean remove(UUID id, UUID clientId, Instant at) {
		return this.jdbc
			.sql("update toolbox_skill set removed_at = ? where id = ? and client_id = ? and removed_at is null")
			.params(Timestamp.from(at), id, clientId)
			.update() > 0;
	}

	void insert(StoredPractice practice) {
		this.jdbc.sql("insert into toolbox_practice (" + PRACTICE_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(practice.id(), practice.clientId(), practice.skillId(), practice.distressBefore(),
					practice.distressAfter(), (practice.situation() != null) ? practice.situation().name() : null,
					practice.minutes(), this.cipher.primaryKeyId(),
					this.cipher.encrypt(PRACTICES, practice.id(), "note", practice.note()),
					Timestamp.from(practice.practisedAt()))
			.update();
	}

	/** All the client's practices, oldest first. */
	List<StoredPractice> practicesOf(UUID clientId) {
		return this.jdbc
			.sql("select " + PRACTICE_COLUMNS + " from toolbox_practice where client_id = ? order by practised_at, id")
			.param(clientId)
			.query(this::practice)
			.list();
	}

	/** The client's practices with {@code from <= practisedAt < to}, oldest first. */
	List<StoredPractice> practicesBetween(UUID clientId, Instant from, Instant to) {
		return this.jdbc
			.sql("select " + PRACTICE_COLUMNS + " from toolbox_practice where client_id = ? "
					+ "and practised_at >= ? and practised_at < ? order by practised_at, id")
			.params(clientId, Timestamp.from(from), Timestamp.from(to))
			.query(this::practice)
			.list();
	}

	private Map<UUID, List<String>> steps(List<UUID> skillIds) {
		String marks = skillIds.stream().map((id) -> "?").collect(Collectors.joining(", "));
		Map<UUID, List<String>> steps = new HashMap<>();
		this.jdbc
			.sql("select skill_id, id, text_cipher from toolbox_skill_step where skill_id in (" + marks
					+ ") order by skill_id, position")
			.params(skillIds.toArray())
			.query((rs) -> {
				steps.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new java.util.ArrayList<>())
					.add(this.cipher.decrypt(STEPS, rs.getObject(2, UUID.class), "text", rs.getString(3)));
			});
		return steps;
	}

	private StoredSkill skill(ResultSet rs, int row) throws SQLException {
		String tags = rs.getString("tags");
		List<Situation> situations = tags.isEmpty() ? List.of()
				: Arrays.stream(tags.split(",")).map(Situation::valueOf).toList();
		UUID id = rs.getObject("id", UUID.class);
		return new StoredSkill(id, rs.getObject("client_id", UUID.class),
				this.cipher.decrypt(SKILLS, id, "name", rs.getString("name_cipher")), List.of(), situations,
				rs.getObject("added_by", UUID.class),
				this.cipher.decrypt(SKILLS, id, "rhythm", rs.getString("rhythm_cipher")),
				rs.getTimestamp("created_at").toInstant());
	}

	private StoredPractice practice(ResultSet rs, int row) throws SQLException {
		String situation = rs.getString("situation");
		int minutes = rs.getInt("minutes");
		boolean noMinutes = rs.wasNull();
		UUID id = rs.getObject("id", UUID.class);
		return new StoredPractice(id, rs.getObject("client_id", UUID.class), rs.getObject("skill_id", UUID.class),
				rs.getInt("distress_before"), rs.getInt("distress_after"),
				(situation != null) ? Situation.valueOf(situation) : null, noMinutes ? null : minutes,
				this.cipher.decrypt(PRACTICES, id, "note", rs.getString("note_cipher")),
				rs.getTimestamp("practised_at").toInstant());
	}

	/** An own skill as stored: the client's, perhaps added by their therapist. */
	record StoredSkill(UUID id, UUID clientId, String name, List<String> steps, List<Situation> tags, UUID addedBy,
			String rhythm, Instant createdAt) {

		StoredSkill withSteps(List<String> steps) {
			return new StoredSkill(this.id, this.clientId, this.name, List.copyOf(steps), this.tags, this.addedBy,
					this.rhythm, this.createdAt);
		}

	}

	/** A practice as stored. */
	record StoredPractice(UUID id, UUID clientId, UUID skillId, int distressBefore, int distressAfter,
			Situation situation, Integer minutes, String note, Instant practisedAt) {

		int reduction() {
			return this.distressBefore - this.distressAfter;
		}

	}

}
