package org.between.safety;

import java.util.List;
import java.util.Map;

import org.between.accounts.CurrentUser;

/**
 * Finds the skills a safety plan names, so the plan can link to them. The toolbox module
 * implements it (the safety module does not know about skills); with no implementation
 * the plan simply has no links.
 */
public interface SkillsInPlan {

	/**
	 * For each entry that names one of the client's skills (built-in or their own), the
	 * skill it names; entries that name none are left out.
	 */
	Map<String, SkillLink> skillsNamedIn(CurrentUser client, List<String> entries);

	/** A skill's name and the address of its page. */
	record SkillLink(String name, String href) {
	}

}
