package org.between.safety;

import org.between.accounts.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Which country's crisis lines a person sees: the one they chose on their safety plan,
 * else the region of their language setting, else their time zone's country.
 */
@Component
class ClientCountry {

	private final CrisisLines crisisLines;

	private final SafetyPlanStore plans;

	ClientCountry(CrisisLines crisisLines, SafetyPlanStore plans) {
		this.crisisLines = crisisLines;
		this.plans = plans;
	}

	String of(CurrentUser user) {
		String chosen = this.plans.chosenCountry(user.id()).orElse(null);
		if (chosen != null && !chosen.isBlank()) {
			return chosen;
		}
		String region = (user.locale() != null) ? user.locale().getCountry() : "";
		if (!region.isEmpty() && this.crisisLines.forCountry(region).known()) {
			return region;
		}
		return this.crisisLines.countryOfZone(user.zone()).orElse(this.crisisLines.pickCountry(null, null));
	}

}
