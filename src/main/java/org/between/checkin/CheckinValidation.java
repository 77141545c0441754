package org.between.checkin;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.between.shared.InputProblems;
import org.between.shared.InvalidInputException.FieldProblem;

/**
 * Reads a {@link NewCheckin} and names every field that is wrong, so that nothing is
 * stored from a check-in with a mistake in it. Pure rules: no database, no Spring; the
 * caller says which skills the client may use and what time it is.
 */
final class CheckinValidation {

	static final int SCALE_MAX = 10;

	/** Text limit for notes (API.md), in characters (code points, not UTF-16 units). */
	static final int NOTE_MAX = 2_000;

	/** How far back a check-in may be dated. */
	static final Duration MAX_BACKDATE = Duration.ofDays(7);

	/** More than anyone records about one moment; keeps a request from growing a row. */
	static final int MAX_ACTIONS = 20;

	private final InputProblems problems = new InputProblems();

	private CheckinValidation() {
	}

	/**
	 * The check-in, read and normalised, or every problem with it. {@code now} must be
	 * truncated to the precision the store keeps.
	 */
	static Result check(NewCheckin input, Instant now, Predicate<UUID> usableSkill) {
		CheckinValidation v = new CheckinValidation();
		NewCheckin in = (input != null) ? input : new NewCheckin(null, null, null, null, null, null, null, null);
		Instant at = v.at(in.at(), now);
		int mood = v.scale("mood", in.mood());
		int distress = v.scale("distress", in.distress());
		List<Emotion> emotions = v.emotions(in.emotions());
		Map<Urge, Integer> urges = v.urges(in.urges());
		TurnedTo firstTurnedTo = v.firstTurnedTo(in.firstTurnedTo());
		List<CheckinAction> actions = v.actions(in.actions(), usableSkill);
		String note = v.note(in.note());
		if (!v.problems.isEmpty()) {
			return new Result(v.problems.problems(), null);
		}
		return new Result(List.of(), new Valid(at, mood, distress, emotions, urges, firstTurnedTo, actions, note));
	}

	private Instant at(String text, Instant now) {
		if (text == null || text.isBlank()) {
			return now;
		}
		Optional<Instant> parsed = parseInstant(text.strip());
		if (parsed.isEmpty()) {
			return problem("at", "checkin.at.format", now);
		}
		Instant at = parsed.get().truncatedTo(ChronoUnit.MICROS);
		if (at.isAfter(now)) {
			return problem("at", "checkin.at.future", now);
		}
		if (at.isBefore(now.minus(MAX_BACKDATE))) {
			return problem("at", "checkin.at.tooOld", now);
		}
		return at;
	}

	/** {@code 2026-11-22T10:15:00Z} or {@code 2026-11-22T11:15:00+01:00}. */
	static Optional<Instant> parseInstant(String text) {
		try {
			return Optional.of(OffsetDateTime.parse(text).toInstant());
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private int scale(String field, Integer value) {
		if (value == null || value < 0 || value > SCALE_MAX) {
			return problem(field, "checkin." + field + ".range", 0);
		}
		return value;
	}

	private List<Emotion> emotions(List<String> names) {
		if (names == null) {
			return List.of();
		}
		Set<Emotion> emotions = EnumSet.noneOf(Emotion.class);
		for (int i = 0; i < names.size(); i++) {
			Optional<Emotion> emotion = named(Emotion.class, names.get(i));
			if (emotion.isPresent()) {
				emotions.add(emotion.get());
			}
			else {
				problem("emotions[" + i + "]", "checkin.emotion.unknown", null);
			}
		}
		return List.copyOf(emotions);
	}

	private Map<Urge, Integer> urges(Map<String, Integer> given) {
		Map<Urge, Integer> urges = new EnumMap<>(Urge.class);
		if (given == null) {
			return urges;
		}
		given.forEach((name, value) -> {
			Optional<Urge> urge = named(Urge.class, name);
			if (urge.isEmpty()) {
				problem("urges." + name, "checkin.urge.unknown", null);
			}
			else if (value == null || value < 0 || value > Urge.MAX) {
				problem("urges." + name, "checkin.urge.range", null);
			}
			else {
				urges.put(urge.get(), value);
			}
		});
		return urges;
	}

	private TurnedTo firstTurnedTo(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		return named(TurnedTo.class, name).orElseGet(() -> problem("firstTurnedTo", "checkin.turnedTo.unknown", null));
	}

	private List<CheckinAction> actions(List<NewCheckin.Action> given, Predicate<UUID> usableSkill) {
		if (given == null) {
			return List.of();
		}
		if (given.size() > MAX_ACTIONS) {
			return problem("actions", "checkin.actions.tooMany", List.of());
		}
		List<CheckinAction> actions = new ArrayList<>(given.size());
		for (int i = 0; i < given.size(); i++) {
			CheckinAction action = action("actions[" + i + "]", given.get(i), usableSkill);
			if (action != null) {
				actions.add(action);
			}
		}
		return actions;
	}

	private CheckinAction action(String field, NewCheckin.Action given, Predicate<UUID> usableSkill) {
		if (given == null) {
			return problem(field, "checkin.action.type", null);
		}
		Optional<ActionType> type = named(ActionType.class, given.type());
		if (type.isEmpty()) {
			return problem(field + ".type", "checkin.action.type", null);
		}
		boolean clean = onlyItsOwnField(field, type.get(), given);
		CheckinAction action = switch (type.get()) {
			case USED_SKILL -> skill(field, given.skillId(), usableSkill).map(CheckinAction::usedSkill).orElse(null);
			case REACHED_OUT -> named(TurnedTo.class, given.to()).filter(TurnedTo::isSomeone)
				.map(CheckinAction::reachedOut)
				.orElseGet(() -> problem(field + ".to", "checkin.action.to", null));
			case WAITED_FOR_SESSION -> CheckinAction.waitedForSession();
			case ACTED_ON_URGE -> named(Urge.class, given.urge()).map(CheckinAction::actedOnUrge)
				.orElseGet(() -> problem(field + ".urge", "checkin.action.urge", null));
		};
		return clean ? action : null;
	}

	private Optional<UUID> skill(String field, String skillId, Predicate<UUID> usableSkill) {
		if (skillId == null || skillId.isBlank()) {
			return problem(field + ".skillId", "checkin.action.skillMissing", Optional.empty());
		}
		UUID id;
		try {
			id = UUID.fromString(skillId.strip());
		}
		catch (IllegalArgumentException ex) {
			return problem(field + ".skillId", "checkin.action.skillUnknown", Optional.empty());
		}
		if (!usableSkill.test(id)) {
			return problem(field + ".skillId", "checkin.action.skillUnknown", Optional.empty());
		}
		return Optional.of(id);
	}

	/** A field of another type's action (a skill on "waited") is a mistake, not noise. */
	private boolean onlyItsOwnField(String field, ActionType type, NewCheckin.Action given) {
		boolean clean = true;
		if (given.skillId() != null && type != ActionType.USED_SKILL) {
			clean = problem(field + ".skillId", "checkin.action.notForType", false);
		}
		if (given.to() != null && type != ActionType.REACHED_OUT) {
			clean = problem(field + ".to", "checkin.action.notForType", false);
		}
		if (given.urge() != null && type != ActionType.ACTED_ON_URGE) {
			clean = problem(field + ".urge", "checkin.action.notForType", false);
		}
		return clean;
	}

	private String note(String note) {
		if (note == null || note.isBlank()) {
			return null;
		}
		if (note.codePointCount(0, note.length()) > NOTE_MAX) {
			return problem("note", "checkin.note.tooLong", null);
		}
		return note;
	}

	/** Exact UPPER_SNAKE_CASE names only (API.md). */
	static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
		if (name == null) {
			return Optional.empty();
		}
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(name)) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

	private <T> T problem(String field, String messageKey, T placeholder) {
		this.problems.add(field, messageKey);
		return placeholder;
	}

	/** Either problems (nothing to store) or a check-in that may be stored. */
	record Result(List<FieldProblem> problems, Valid checkin) {
	}

	/** A check-in that passed every rule. */
	record Valid(Instant at, int mood, int distress, List<Emotion> emotions, Map<Urge, Integer> urges,
			TurnedTo firstTurnedTo, List<CheckinAction> actions, String note) {
	}

}
