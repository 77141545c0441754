package org.between.checkin;

import java.util.List;
import java.util.Map;

/**
 * A check-in as a client sends it ({@code POST /api/v1/checkins}). Enumerations and the
 * time arrive as text, so that {@link Checkins#record} can name every bad field at once
 * instead of stopping at the first unknown name.
 *
 * @param at the moment it is about, ISO-8601 ({@code 2026-11-22T10:15:00Z} or with an
 * offset); empty means now; not in the future and at most seven days back
 * @param mood 0–10
 * @param distress 0–10
 * @param emotions names of {@link Emotion}; may be empty
 * @param urges names of {@link Urge} to 0–5; an urge left out counts as 0
 * @param firstTurnedTo a name of {@link TurnedTo}, or empty
 * @param actions what the client did; may be empty
 * @param note at most 2 000 characters, or empty
 */
public record NewCheckin(String at, Integer mood, Integer distress, List<String> emotions, Map<String, Integer> urges,
		String firstTurnedTo, List<Action> actions, String note) {

	/**
	 * One action: {@code type} is a name of {@link ActionType}; {@code skillId} goes with
	 * {@code USED_SKILL}, {@code to} with {@code REACHED_OUT}, {@code urge} with
	 * {@code ACTED_ON_URGE}.
	 */
	public record Action(String type, String skillId, String to, String urge) {
	}

}
