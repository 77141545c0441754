package org.between.checkin;

/** What a client did about how they felt; see {@link CheckinAction}. */
public enum ActionType {

	/** Used a coping skill from their toolbox ({@code skillId}). */
	USED_SKILL,
	/** Reached out to someone ({@code to}). */
	REACHED_OUT,
	/** Held on until the next session. */
	WAITED_FOR_SESSION,
	/** Acted on an urge ({@code urge}). */
	ACTED_ON_URGE

}
