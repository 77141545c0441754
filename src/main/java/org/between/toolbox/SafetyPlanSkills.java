package org.between.toolbox;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.between.accounts.CurrentUser;
import org.between.safety.SkillsInPlan;
import org.springframework.stereotype.Component;

/**
 * Links the entries of a safety plan that name one of the client's skills ("Paced
 * breathing before bed") to that skill's page. A skill is named when its whole name
 * stands in the entry, whatever the case; the longest name wins.
 */
@Component
class SafetyPlanSkills implements SkillsInPlan {

	private final Toolbox toolbox;

	SafetyPlanSkills(Toolbox toolbox) {
		this.toolbox = toolbox;
	}

	@Override
	public Map<String, SkillLink> skillsNamedIn(CurrentUser client, List<String> entries) {
		if (entries.isEmpty()) {
			return Map.of();
		}
		List<Skill> skills = this.toolbox.skills(client)
			.stream()
			.sorted(Comparator.comparingInt((Skill s) -> s.name().length()).reversed())
			.toList();
		Map<String, SkillLink> links = new HashMap<>();
		for (String entry : entries) {
			skills.stream()
				.filter((skill) -> names(entry, skill.name()))
				.findFirst()
				.ifPresent((skill) -> links.put(entry, new SkillLink(skill.name(), "/toolbox/" + skill.id())));
		}
		return links;
	}

	static boolean names(String entry, String skillName) {
		String name = skillName.strip().toLowerCase(Locale.ROOT);
		if (name.length() < 3) {
			return false;
		}
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
			.matcher(entry.toLowerCase(Locale.ROOT))
			.find();
	}

}
