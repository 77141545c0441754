package org.between.toolbox;

import java.util.UUID;

/**
 * A skill's place in the ranking (API.md "toolbox"): {@code practices} is the count the
 * estimate rests on, {@code meanReduction} the plain mean (null when never practised),
 * {@code estimatedReduction} the shrunk estimate of {@link SkillRanking}.
 */
public record RankedSkill(UUID skillId, String name, int practices, Double meanReduction, double estimatedReduction) {

	public boolean practised() {
		return this.practices > 0;
	}

}
