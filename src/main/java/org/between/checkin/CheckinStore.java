package org.between.checkin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Check-ins in {@code checkin_entry}, their actions in {@code checkin_action}. Emotions
 * are stored as a comma-separated list of names; each urge has a column. The note is
 * encrypted with {@link TextCipher}, bound to {@code checkin_entry/<id>/note}
 * (docs/encryption.md); after a key rotation the shared re-encryption calls
 * {@link #reencryptBatch}.
 */
@Component
class CheckinStore implements EncryptedRows {

	static final String TABLE = "checkin_entry";

	static final String NOTE = "note";

	private static final StaleRows ROWS = StaleRows.of(TABLE, NOTE);

	private static final String URGE_COLUMNS = Arrays.stream(Urge.values())
		.map(Urge::column)
		.collect(Collectors.joining(", "));

	private static final String COLUMNS = "id, client_id, checked_in_at, recorded_at, mood, distress, emotions, "
			+ URGE_COLUMNS + ", first_turned_to, key_id, note_cipher, risk_flagged";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	CheckinStore(JdbcClient jdbc, TextCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	public String table() {
		return TABLE;
	}

	@Override
	public int reencryptBatch(int batch) {
		return ROWS.rewrite(this.jdbc, this.cipher, batch);
	}

	void insert(Checkin c) {
		List<Object> values = new ArrayList<>(List.of(c.id(), c.clientId(), utc(c.at()), utc(c.recordedAt()), c.mood(),
				c.distress(), c.emotions().stream().map(Emotion::name).collect(Collectors.joining(","))));
		for (Urge urge : Urge.values()) {
			values.add(c.urges().get(urge));
		}
		values.add((c.firstTurnedTo() != null) ? c.firstTurnedTo().name() : null);
		values.add(this.cipher.primaryKeyId());
		values.add(this.cipher.encrypt(TABLE, c.id(), NOTE, c.note()));
		values.add(c.riskFlagged());
		String marks = values.stream().map((v) -> "?").collect(Collectors.joining(", "));
		this.jdbc.sql("insert into checkin_entry (" + COLUMNS + ") values (" + marks + ")").params(values).update();
		insertActions(c);
	}

	private void insertActions(Checkin c) {
		for (int i = 0; i < c.actions().size(); i++) {
			CheckinAction a = c.actions().get(i);
			this.jdbc
				.sql("insert into checkin_action (checkin_id, seq, action_type, skill_id, reached_to, urge) "
						+ "values (?, ?, ?, ?, ?, ?)")
				.params(c.id(), i, a.type().name(), a.skillId(), (a.to() != null) ? a.to().name() : null,
						(a.urge() != null) ? a.urge().name() : null)
				.update();
		}
	}

	/**
	 * Replaces a check-in's numbers, choices, note and actions; its id, client and
	 * {@code recordedAt} stay.
	 */
	void update(Checkin c) {
		StringBuilder sql = new StringBuilder(
				"update checkin_entry set checked_in_at = ?, mood = ?, distress = ?, " + "emotions = ?");
		List<Object> values = new ArrayList<>(List.of(utc(c.at()), c.mood(), c.distress(),
				c.emotions().stream().map(Emotion::name).collect(Collectors.joining(","))));
		for (Urge urge : Urge.values()) {
			sql.append(", ").append(urge.column()).append(" = ?");
			values.add(c.urges().get(urge));
		}
		// The note is the row's one text: written again under the primary key.
		sql.append(
				", first_turned_to = ?, key_id = ?, note_cipher = ?, risk_flagged = ? where id = ? and client_id = ?");
		values.add((c.firstTurnedTo() != null) ? c.firstTurnedTo().name() : null);
		values.add(this.cipher.primaryKeyId());
		values.add(this.cipher.encrypt(TABLE, c.id(), NOTE, c.note()));
		values.add(c.riskFlagged());
		values.add(c.id());
		values.add(c.clientId());
		this.jdbc.sql(sql.toString()).params(values).update();
		this.jdbc.sql("delete from checkin_action where checkin_id = ?").param(c.id()).update();
		insertActions(c);
	}

	/** Removes a check-in and its actions. */
	void delete(UUID id, UUID clientId) {
		this.jdbc.sql("delete from checkin_action where checkin_id = ?").param(id).update();
		this.jdbc.sql("delete from checkin_entry where id = ? and client_id = ?").params(id, clientId).update();
	}

	Optional<Checkin> find(UUID id) {
		List<Checkin> found = withActions(this.jdbc.sql("select " + COLUMNS + " from checkin_entry where id = ?")
			.param(id)
			.query(this::row)
			.list());
		return found.stream().findFirst();
	}

	/**
	 * A client's check-ins, newest first: {@code at} in [{@code from}, {@code to}) where
	 * given, and older than the cursor where given.
	 */
	List<Checkin> newestFirst(UUID clientId, Instant from, Instant to, Cursor before, int limit) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from checkin_entry where client_id = :client");
		Map<String, Object> params = new HashMap<>();
		params.put("client", clientId);
		range(sql, params, from, to);
		if (before != null) {
			sql.append(" and (checked_in_at < :beforeAt");
			params.put("beforeAt", utc(before.at()));
			if (before.id() != null) {
				sql.append(" or (checked_in_at = :beforeAt and id < :beforeId)");
				params.put("beforeId", before.id());
			}
			sql.append(')');
		}
		sql.append(" order by checked_in_at desc, id desc limit :limit");
		params.put("limit", limit);
		return withActions(this.jdbc.sql(sql.toString()).params(params).query(this::row).list());
	}

	/**
	 * A client's check-ins with {@code at} in [{@code from}, {@code to}), oldest first.
	 */
	List<Checkin> oldestFirst(UUID clientId, Instant from, Instant to) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from checkin_entry where client_id = :client");
		Map<String, Object> params = new HashMap<>();
		params.put("client", clientId);
		range(sql, params, from, to);
		sql.append(" order by checked_in_at, id");
		return withActions(this.jdbc.sql(sql.toString()).params(params).query(this::row).list());
	}

	/** First turns only, oldest first; check-ins that did not say are left out. */
	List<FirstTurn> firstTurns(UUID clientId, Instant from, Instant to) {
		StringBuilder sql = new StringBuilder("select id, checked_in_at, first_turned_to from checkin_entry "
				+ "where client_id = :client and first_turned_to is not null");
		Map<String, Object> params = new HashMap<>();
		params.put("client", clientId);
		range(sql, params, from, to);
		sql.append(" order by checked_in_at, id");
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new FirstTurn(rs.getObject("id", UUID.class), instant(rs, "checked_in_at"),
					TurnedTo.valueOf(rs.getString("first_turned_to"))))
			.list();
	}

	long count(UUID clientId) {
		return this.jdbc.sql("select count(*) from checkin_entry where client_id = ?")
			.param(clientId)
			.query(Long.class)
			.single();
	}

	private static void range(StringBuilder sql, Map<String, Object> params, Instant from, Instant to) {
		if (from != null) {
			sql.append(" and checked_in_at >= :from");
			params.put("from", utc(from));
		}
		if (to != null) {
			sql.append(" and checked_in_at < :to");
			params.put("to", utc(to));
		}
	}

	private List<Checkin> withActions(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<CheckinAction>> actions = new HashMap<>();
		this.jdbc
			.sql("select checkin_id, action_type, skill_id, reached_to, urge from checkin_action "
					+ "where checkin_id in (:ids) order by checkin_id, seq")
			.param("ids", rows.stream().map(Row::id).toList())
			.query((rs, n) -> Map.entry(rs.getObject("checkin_id", UUID.class), action(rs)))
			.list()
			.forEach((e) -> actions.computeIfAbsent(e.getKey(), (k) -> new ArrayList<>()).add(e.getValue()));
		Map<UUID, Checkin> byId = new LinkedHashMap<>();
		for (Row row : rows) {
			byId.put(row.id(), row.with(actions.getOrDefault(row.id(), List.of())));
		}
		return List.copyOf(byId.values());
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		String emotions = rs.getString("emotions");
		Map<Urge, Integer> urges = new EnumMap<>(Urge.class);
		for (Urge urge : Urge.values()) {
			urges.put(urge, rs.getInt(urge.column()));
		}
		String turnedTo = rs.getString("first_turned_to");
		UUID id = rs.getObject("id", UUID.class);
		return new Row(id, rs.getObject("client_id", UUID.class), instant(rs, "checked_in_at"),
				instant(rs, "recorded_at"), rs.getInt("mood"), rs.getInt("distress"),
				emotions.isEmpty() ? List.of() : Arrays.stream(emotions.split(",")).map(Emotion::valueOf).toList(),
				urges, (turnedTo != null) ? TurnedTo.valueOf(turnedTo) : null,
				this.cipher.decrypt(TABLE, id, NOTE, rs.getString("note_cipher")), rs.getBoolean("risk_flagged"));
	}

	private static CheckinAction action(ResultSet rs) throws SQLException {
		String to = rs.getString("reached_to");
		String urge = rs.getString("urge");
		return new CheckinAction(ActionType.valueOf(rs.getString("action_type")), rs.getObject("skill_id", UUID.class),
				(to != null) ? TurnedTo.valueOf(to) : null, (urge != null) ? Urge.valueOf(urge) : null);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** Where the next page starts: before this moment, or before this check-in. */
	record Cursor(Instant at, UUID id) {
	}

	/** A check-in row before its actions are read. */
	private record Row(UUID id, UUID clientId, Instant at, Instant recordedAt, int mood, int distress,
			List<Emotion> emotions, Map<Urge, Integer> urges, TurnedTo firstTurnedTo, String note,
			boolean riskFlagged) {

		Checkin with(List<CheckinAction> actions) {
			return new Checkin(this.id, this.clientId, this.at, this.recordedAt, this.mood, this.distress,
					this.emotions, this.urges, this.firstTurnedTo, actions, this.note, this.riskFlagged);
		}

	}

}
