package org.between.endings;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.between.safety.SafetyPlan;

/**
 * The carry-forward portfolio as its reader sees it. {@code skillsThatWork} is what the
 * client wrote or, before they first save ({@code prefilled}), the skills that worked
 * best for them by the toolbox ranking; {@code skillNumbers} are their own numbers from
 * the toolbox for each practised skill (the client's view only). {@code safetyPlan} is
 * the client's current plan (the client's view only; null for the therapist, who reads it
 * where the client shares it). {@code letter} is the text of the newest letter (API.md),
 * {@code letters} every therapist's letter with who wrote it and when, newest first (a
 * therapist sees only their own). {@code kept}: what the client chose to keep from other
 * modules.
 */
public record Portfolio(List<String> skillsThatWork, boolean prefilled, List<SkillNumbers> skillNumbers,
		List<String> insights, List<String> relapseSigns, List<String> whatToDo, String howToComeBack,
		boolean shareWithTherapist, Instant updatedAt, SafetyPlan safetyPlan, String letter,
		List<PortfolioLetter> letters, List<PortfolioKeepsake> kept) {

	/**
	 * One practised skill with the client's own numbers: how many times, and the mean
	 * change of distress (before − after; positive: it went down).
	 */
	public record SkillNumbers(String name, int practices, double meanReduction) {

		/** The mean change rounded to one decimal, without its sign. */
		@JsonIgnore
		public double amount() {
			return Math.round(Math.abs(this.meanReduction) * 10) / 10.0;
		}

		/** {@code down}, {@code up} or {@code same} (within 0.1), for the sentence. */
		@JsonIgnore
		public String direction() {
			return (amount() < 0.1) ? "same" : (this.meanReduction > 0) ? "down" : "up";
		}

	}

	/**
	 * The numbers of a skill named as one of the skills that work, if it was practised.
	 */
	public SkillNumbers numbersFor(String skill) {
		return this.skillNumbers.stream()
			.filter((n) -> n.name().equalsIgnoreCase(skill.strip()))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Whether the client has written nothing yet (the skills pre-filled do not count).
	 */
	@JsonIgnore
	public boolean isUnwritten() {
		return this.updatedAt == null;
	}

}
