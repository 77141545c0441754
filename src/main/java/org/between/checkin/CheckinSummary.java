package org.between.checkin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A check-in as other modules read it ({@link Checkins#between}): the numbers and
 * choices, never the note, which stays the client's own. {@code urges} always holds all
 * six urges.
 */
public record CheckinSummary(UUID id, Instant at, int mood, int distress, List<Emotion> emotions,
		Map<Urge, Integer> urges, TurnedTo firstTurnedTo, List<CheckinAction> actions, boolean riskFlagged) {

	/** The strongest of the six urges (0–5). */
	public int highestUrge() {
		return Checkin.highest(this.urges);
	}

	/**
	 * The urges the client said they acted on that are a risk in themselves (self-harm,
	 * suicidal thoughts); empty for most check-ins.
	 */
	public List<Urge> riskActs() {
		return RiskRules.riskActs(this.actions);
	}

}
