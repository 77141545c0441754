package org.between.safety;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One version of a client's safety plan, in the order clinical safety planning uses:
 * warning signs, things I can do on my own, people and places that distract me, people I
 * can ask, professionals and crisis lines, making my surroundings safe; plus reasons for
 * living. Version 0 is the empty plan of someone who has not written one yet.
 */
public record SafetyPlan(int version, Instant updatedAt, List<String> warningSigns, List<String> copingStrategies,
		List<String> distractions, List<Contact> peopleToAsk, List<Contact> professionals,
		List<String> environmentSafety, List<String> reasonsForLiving, boolean sharedWithTherapist,
		String crisisCountry) {

	static SafetyPlan empty() {
		return new SafetyPlan(0, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				false, null);
	}

	@JsonIgnore
	public boolean isEmpty() {
		return this.warningSigns.isEmpty() && this.copingStrategies.isEmpty() && this.distractions.isEmpty()
				&& this.peopleToAsk.isEmpty() && this.professionals.isEmpty() && this.environmentSafety.isEmpty()
				&& this.reasonsForLiving.isEmpty();
	}

}
