package org.between.toolbox.web;

import java.util.Arrays;
import java.util.List;

import org.between.toolbox.Toolbox.NewSkill;
import org.between.toolbox.Toolbox.TherapistSkill;

/**
 * The "add a skill" form: one step per line in {@code steps}, tags as checkboxes, and
 * (for therapists) a suggested rhythm. Everything typed comes back on an error.
 */
record SkillForm(String name, String steps, List<String> tags, String rhythm) {

	static SkillForm empty() {
		return new SkillForm("", "", List.of(), "");
	}

	/** The steps, one per non-blank line. */
	List<String> stepList() {
		if (this.steps == null) {
			return List.of();
		}
		return Arrays.stream(this.steps.split("\\R")).filter((line) -> !line.isBlank()).toList();
	}

	List<String> tagList() {
		return (this.tags != null) ? this.tags : List.of();
	}

	public boolean hasTag(String tag) {
		return tagList().contains(tag);
	}

	NewSkill toNewSkill() {
		return new NewSkill(this.name, stepList(), tagList());
	}

	TherapistSkill toTherapistSkill() {
		return new TherapistSkill(this.name, stepList(), tagList(), this.rhythm);
	}

}
