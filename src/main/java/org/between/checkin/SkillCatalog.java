package org.between.checkin;

import java.util.List;
import java.util.UUID;

import org.between.accounts.CurrentUser;

/**
 * What a check-in needs to know about the client's coping skills: the skills to choose
 * from when they record "I used a skill", and the best-ranked ones to offer when distress
 * is high. The toolbox module implements it; without a toolbox both lists are empty.
 */
public interface SkillCatalog {

	/** The client's skills (built-in and their own), to pick from. */
	List<SkillChoice> skillsOf(CurrentUser client);

	/** Whether the skill is one the client may use (their own or built-in). */
	boolean isUsableBy(CurrentUser client, UUID skillId);

	/** The best skills for the moment, best first, at most {@code count}. */
	List<SuggestedSkill> suggestionsFor(CurrentUser client, int count);

	/** A skill to choose from. */
	record SkillChoice(UUID id, String name) {
	}

	/**
	 * A skill offered when distress is high, with its ranking estimate (API.md) and the
	 * numbers the estimate rests on, so that the page can say them: how often the client
	 * practised it ({@code practices}), the plain mean of those practices
	 * ({@code meanReduction}, null when never practised) and the client's mean over all
	 * their practices ({@code overallReduction}, null when they have none), toward which
	 * the estimate is pulled while a skill has few practices.
	 */
	record SuggestedSkill(UUID skillId, String name, double estimatedReduction, int practices, Double meanReduction,
			Double overallReduction) {

		public SuggestedSkill(UUID skillId, String name, double estimatedReduction) {
			this(skillId, name, estimatedReduction, 0, null, null);
		}

	}

}
