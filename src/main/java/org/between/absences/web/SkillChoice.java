package org.between.absences.web;

import java.util.UUID;

import org.between.toolbox.RankedSkill;

/**
 * A skill of the client's toolbox as the break plan offers it, with its ranking in plain
 * words as the toolbox says it: how often it was tried and whether distress went down, up
 * or stayed about the same, by about how much (the estimate, one decimal).
 */
record SkillChoice(UUID id, String name, int practices, String direction, double amount) {

	static SkillChoice of(RankedSkill skill) {
		double estimate = skill.estimatedReduction();
		double amount = Math.round(Math.abs(estimate) * 10) / 10.0;
		String direction = (amount < 0.1) ? "same" : (estimate > 0) ? "down" : "up";
		return new SkillChoice(skill.skillId(), skill.name(), skill.practices(), direction, amount);
	}

}
