package org.between.checkin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A stored check-in as its client sees it ({@code GET /api/v1/checkins}): {@code at} is
 * the moment it is about, {@code recordedAt} when it was saved. {@code urges} always
 * holds all six urges.
 */
public record CheckinView(UUID id, Instant at, Instant recordedAt, int mood, int distress, List<Emotion> emotions,
		Map<Urge, Integer> urges, TurnedTo firstTurnedTo, List<CheckinAction> actions, String note,
		boolean riskFlagged) {

	/** The strongest of the six urges (0–5). */
	@JsonIgnore
	public int highestUrge() {
		return Checkin.highest(this.urges);
	}

}
