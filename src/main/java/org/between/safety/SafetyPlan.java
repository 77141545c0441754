package org.between.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One version of a client's safety plan, in the order clinical safety planning uses:
 * warning signs, things I can do on my own, people and places that distract me, people I
 * can ask, professionals and crisis lines, making my surroundings safe; plus reasons for
 * living. Version 0 is the empty plan of someone who has not written one yet.
 * {@code writtenBy} says who wrote the version (the client, or the therapist whose
 * proposal the client accepted); {@code reviewedTogether} is the day the client and their
 * therapist last went through the plan together, on the current plan only (null on
 * earlier versions and when it was never set).
 */
public record SafetyPlan(int version, Instant updatedAt, List<String> warningSigns, List<String> copingStrategies,
		List<String> distractions, List<Contact> peopleToAsk, List<Contact> professionals,
		List<String> environmentSafety, List<String> reasonsForLiving, boolean sharedWithTherapist,
		String crisisCountry, WrittenBy writtenBy, LocalDate reviewedTogether) {

	static SafetyPlan empty() {
		return new SafetyPlan(0, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				false, null, WrittenBy.CLIENT, null);
	}

	/**
	 * Whether this version already says what {@code input} (tidied) says: the same steps,
	 * people and numbers, sharing and country.
	 */
	boolean says(SafetyPlanInput input) {
		return this.warningSigns.equals(input.warningSigns()) && this.copingStrategies.equals(input.copingStrategies())
				&& this.distractions.equals(input.distractions()) && sameContacts(this.peopleToAsk, input.peopleToAsk())
				&& sameContacts(this.professionals, input.professionals())
				&& this.environmentSafety.equals(input.environmentSafety())
				&& this.reasonsForLiving.equals(input.reasonsForLiving())
				&& this.sharedWithTherapist == Boolean.TRUE.equals(input.sharedWithTherapist())
				&& java.util.Objects.equals(this.crisisCountry, input.crisisCountry());
	}

	private static boolean sameContacts(List<Contact> these, List<Contact> those) {
		return these.stream().map(Contact::line).toList().equals(those.stream().map(Contact::line).toList());
	}

	SafetyPlan reviewedOn(LocalDate day) {
		return new SafetyPlan(this.version, this.updatedAt, this.warningSigns, this.copingStrategies, this.distractions,
				this.peopleToAsk, this.professionals, this.environmentSafety, this.reasonsForLiving,
				this.sharedWithTherapist, this.crisisCountry, this.writtenBy, day);
	}

	@JsonIgnore
	public boolean isEmpty() {
		return this.warningSigns.isEmpty() && this.copingStrategies.isEmpty() && this.distractions.isEmpty()
				&& this.peopleToAsk.isEmpty() && this.professionals.isEmpty() && this.environmentSafety.isEmpty()
				&& this.reasonsForLiving.isEmpty();
	}

}
