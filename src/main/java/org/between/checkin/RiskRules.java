package org.between.checkin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * When a check-in leads to the safety screen: suicidal thoughts or a self-harm urge at or
 * above its threshold ({@link RiskThresholds}). The reasons are the urges' names, the
 * most serious first, as {@code SafetyNet} and the safety screen expect them.
 */
@Component
class RiskRules {

	private final RiskThresholds thresholds;

	RiskRules(RiskThresholds thresholds) {
		this.thresholds = thresholds;
	}

	/** Empty when nothing reached a threshold. */
	List<String> reasons(Map<Urge, Integer> urges) {
		return reasons(urges, List.of());
	}

	/**
	 * Empty when nothing reached a threshold and no action was acting on a self-harm or
	 * suicidal urge ({@code ACTED_ON_URGE}, named first: it is the most serious).
	 */
	List<String> reasons(Map<Urge, Integer> urges, List<CheckinAction> actions) {
		List<String> reasons = new ArrayList<>(3);
		if (actions != null && actions.stream().anyMatch(RiskRules::actedOnRisk)) {
			reasons.add(ActionType.ACTED_ON_URGE.name());
		}
		if (rating(urges, Urge.SUICIDAL_THOUGHTS) >= this.thresholds.suicidalThoughtsThreshold()) {
			reasons.add(Urge.SUICIDAL_THOUGHTS.name());
		}
		if (rating(urges, Urge.SELF_HARM) >= this.thresholds.selfHarmThreshold()) {
			reasons.add(Urge.SELF_HARM.name());
		}
		return List.copyOf(reasons);
	}

	private static boolean actedOnRisk(CheckinAction action) {
		return action.type() == ActionType.ACTED_ON_URGE
				&& (action.urge() == Urge.SELF_HARM || action.urge() == Urge.SUICIDAL_THOUGHTS);
	}

	private static int rating(Map<Urge, Integer> urges, Urge urge) {
		Integer value = (urges != null) ? urges.get(urge) : null;
		return (value != null) ? value : 0;
	}

}
