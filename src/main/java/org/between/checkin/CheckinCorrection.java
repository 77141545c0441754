package org.between.checkin;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Correcting one's own check-in ({@code PATCH|DELETE /api/v1/checkins/{id}}): open for
 * seven days after the moment it is about, the same seven days a check-in may be dated
 * back, so that a check-in can be corrected for as long as it could have been made. After
 * that it is part of the record the brief and the charts were built on, and a changed
 * number would quietly rewrite what a session talked about.
 * <p>
 * A change names only what it changes: a field left out ({@code null}) keeps its value,
 * an urge left out keeps its rating, while {@code emotions}, {@code actions} and
 * {@code note} replace what was there when given ({@code []} or {@code ""} clears them),
 * and {@code firstTurnedTo: ""} clears the answer. Pure rules: no database, no Spring.
 */
final class CheckinCorrection {

	/** How long after its moment a check-in may be changed or deleted. */
	static final Duration WINDOW = CheckinValidation.MAX_BACKDATE;

	private CheckinCorrection() {
	}

	/**
	 * Whether a check-in about {@code at} may still be changed or deleted at {@code now}.
	 */
	static boolean isOpen(Instant at, Instant now) {
		return !at.isBefore(now.minus(WINDOW));
	}

	/**
	 * The whole check-in as it would be sent anew: {@code existing} with what
	 * {@code change} gives laid over it, for {@link CheckinValidation} to check as a new
	 * one would be.
	 */
	static NewCheckin merged(Checkin existing, NewCheckin change) {
		NewCheckin c = (change != null) ? change : new NewCheckin(null, null, null, null, null, null, null, null);
		Map<String, Integer> urges = new LinkedHashMap<>();
		existing.urges().forEach((urge, value) -> urges.put(urge.name(), value));
		if (c.urges() != null) {
			urges.putAll(c.urges());
		}
		String firstTurnedTo = (c.firstTurnedTo() != null) ? c.firstTurnedTo()
				: (existing.firstTurnedTo() != null) ? existing.firstTurnedTo().name() : null;
		return new NewCheckin((c.at() != null) ? c.at() : existing.at().toString(),
				(c.mood() != null) ? c.mood() : existing.mood(),
				(c.distress() != null) ? c.distress() : existing.distress(),
				(c.emotions() != null) ? c.emotions() : existing.emotions().stream().map(Emotion::name).toList(), urges,
				firstTurnedTo, (c.actions() != null) ? c.actions() : actions(existing.actions()),
				(c.note() != null) ? c.note() : existing.note());
	}

	private static List<NewCheckin.Action> actions(List<CheckinAction> actions) {
		return actions.stream()
			.map((a) -> new NewCheckin.Action(a.type().name(), (a.skillId() != null) ? a.skillId().toString() : null,
					(a.to() != null) ? a.to().name() : null, (a.urge() != null) ? a.urge().name() : null))
			.toList();
	}

}
