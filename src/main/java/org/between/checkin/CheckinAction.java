package org.between.checkin;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing a client did, as API.md writes it: {@code {type: USED_SKILL, skillId}},
 * {@code {type: REACHED_OUT, to}}, {@code {type: WAITED_FOR_SESSION}} or {@code {type:
 * ACTED_ON_URGE, urge}}. Only the field of its type is set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckinAction(ActionType type, UUID skillId, TurnedTo to, Urge urge) {

	public static CheckinAction usedSkill(UUID skillId) {
		return new CheckinAction(ActionType.USED_SKILL, skillId, null, null);
	}

	public static CheckinAction reachedOut(TurnedTo to) {
		return new CheckinAction(ActionType.REACHED_OUT, null, to, null);
	}

	public static CheckinAction waitedForSession() {
		return new CheckinAction(ActionType.WAITED_FOR_SESSION, null, null, null);
	}

	public static CheckinAction actedOnUrge(Urge urge) {
		return new CheckinAction(ActionType.ACTED_ON_URGE, null, null, urge);
	}

}
