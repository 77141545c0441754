package org.between.checkin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * When a check-in leads to the safety screen: the client says they acted on an urge to
 * hurt themselves or on thoughts of suicide, whatever the ratings, or suicidal thoughts
 * or a self-harm urge reach their threshold ({@link RiskThresholds}). An act weighs more
 * than an urge, so {@link #ACTED_ON_URGE} comes first; the other reasons are the urges'
 * names, the most serious first, as {@code SafetyNet} and the safety screen expect them.
 */
@Component
class RiskRules {

	/** The reason when the client acted on a self-harm urge or on suicidal thoughts. */
	static final String ACTED_ON_URGE = "ACTED_ON_URGE";

	private final RiskThresholds thresholds;

	RiskRules(RiskThresholds thresholds) {
		this.thresholds = thresholds;
	}

	/** Empty when nothing reached a threshold and no risk urge was acted on. */
	List<String> reasons(Map<Urge, Integer> urges, List<CheckinAction> actions) {
		List<String> reasons = new ArrayList<>(3);
		if (actedOnRiskUrge(actions)) {
			reasons.add(ACTED_ON_URGE);
		}
		if (rating(urges, Urge.SUICIDAL_THOUGHTS) >= this.thresholds.suicidalThoughtsThreshold()) {
			reasons.add(Urge.SUICIDAL_THOUGHTS.name());
		}
		if (rating(urges, Urge.SELF_HARM) >= this.thresholds.selfHarmThreshold()) {
			reasons.add(Urge.SELF_HARM.name());
		}
		return List.copyOf(reasons);
	}

	/** The risk urges the client said they acted on, in the order they gave them. */
	static List<Urge> riskActs(List<CheckinAction> actions) {
		if (actions == null) {
			return List.of();
		}
		return actions.stream()
			.filter((a) -> a.type() == ActionType.ACTED_ON_URGE && a.urge() != null && a.urge().isRisk())
			.map(CheckinAction::urge)
			.distinct()
			.toList();
	}

	private static boolean actedOnRiskUrge(List<CheckinAction> actions) {
		return !riskActs(actions).isEmpty();
	}

	private static int rating(Map<Urge, Integer> urges, Urge urge) {
		Integer value = (urges != null) ? urges.get(urge) : null;
		return (value != null) ? value : 0;
	}

}
