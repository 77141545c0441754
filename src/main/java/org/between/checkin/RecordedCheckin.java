package org.between.checkin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.between.checkin.SkillCatalog.SuggestedSkill;
import org.between.safety.SafetyResponse;

/**
 * What {@code POST /api/v1/checkins} answers: the stored check-in whole, whether the
 * safety screen comes next ({@code safety}), and up to three skills to try when distress
 * was 6 or more ({@code suggestedSkills}; empty otherwise, and empty without a toolbox).
 */
public record RecordedCheckin(UUID id, Instant at, Instant recordedAt, int mood, int distress, List<Emotion> emotions,
		Map<Urge, Integer> urges, TurnedTo firstTurnedTo, List<CheckinAction> actions, String note, boolean riskFlagged,
		SafetyResponse safety, List<SuggestedSkill> suggestedSkills) {

	static RecordedCheckin of(CheckinView c, SafetyResponse safety, List<SuggestedSkill> suggestedSkills) {
		return new RecordedCheckin(c.id(), c.at(), c.recordedAt(), c.mood(), c.distress(), c.emotions(), c.urges(),
				c.firstTurnedTo(), c.actions(), c.note(), c.riskFlagged(), safety, List.copyOf(suggestedSkills));
	}

}
