package org.between.absences;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.between.absences.BreakPlan.PickedSkill;
import org.between.safety.Contact;
import org.between.shared.InputProblems;

/**
 * What a break plan may hold, one rule a method; pure. A plan is for hard days, so it
 * stays short enough to read on a phone in a bad moment: a handful of skills, at most ten
 * people. Phone numbers are checked loosely (digits, spaces and {@code + ( ) - . /}, at
 * least one digit): numbers are written in many ways, and a person must be able to call
 * it.
 */
final class BreakPlanRules {

	static final int SKILLS_MAX = 20;

	static final int PEOPLE_MAX = 10;

	static final int NAME_MAX = 100;

	static final int PHONE_MAX = 40;

	static final int TEXT_MAX = 2000;

	private static final String PHONE = "[0-9+()\\-./ ]*[0-9][0-9+()\\-./ ]*";

	private BreakPlanRules() {
	}

	/**
	 * Every problem with the plan, in the order of its fields: skills not in the client's
	 * {@code toolbox} (id to name), people, the note, and sharing with a cover where none
	 * is named ({@code hasCover} false).
	 */
	static InputProblems check(BreakPlanInput in, Map<UUID, String> toolbox, boolean hasCover) {
		InputProblems problems = new InputProblems();
		skills(in.skills(), toolbox, problems);
		people(in.people(), problems);
		problems.require(fits(in.note(), TEXT_MAX), "note", "absences.plan.note.tooLong");
		problems.require(hasCover || !in.sharesWithCover(), "shareWithCover", "absences.plan.cover.none");
		return problems;
	}

	private static void skills(List<UUID> skills, Map<UUID, String> toolbox, InputProblems problems) {
		if (skills == null) {
			return;
		}
		if (skills.size() > SKILLS_MAX) {
			problems.add("skills", "absences.plan.skills.tooMany");
			return;
		}
		for (int i = 0; i < skills.size(); i++) {
			problems.require(skills.get(i) != null && toolbox.containsKey(skills.get(i)), "skills[" + i + "]",
					"absences.plan.skills.unknown");
		}
	}

	private static void people(List<Contact> people, InputProblems problems) {
		if (people == null) {
			return;
		}
		if (people.size() > PEOPLE_MAX) {
			problems.add("people", "absences.plan.people.tooMany");
			return;
		}
		for (int i = 0; i < people.size(); i++) {
			Contact c = people.get(i);
			if (c == null || isEmptyRow(c)) {
				continue;
			}
			String at = "people[" + i + "]";
			problems.require(!blank(c.name()), at + ".name", "absences.plan.person.name.required");
			problems.require(fits(c.name(), NAME_MAX), at + ".name", "absences.plan.person.name.tooLong");
			problems.require(isPhone(c.phone()), at + ".phone", "absences.plan.person.phone.format");
		}
	}

	/** A loosely written phone number, or none. */
	static boolean isPhone(String phone) {
		if (blank(phone)) {
			return true;
		}
		String p = phone.strip();
		return p.length() <= PHONE_MAX && p.matches(PHONE);
	}

	/** The picked skills, each once, with their toolbox names. */
	static List<PickedSkill> picked(List<UUID> skills, Map<UUID, String> toolbox) {
		List<PickedSkill> picked = new ArrayList<>();
		for (UUID id : new LinkedHashSet<>((skills != null) ? skills : List.<UUID>of())) {
			picked.add(new PickedSkill(id, toolbox.get(id)));
		}
		return picked;
	}

	/** The people with a name, trimmed; rows left empty are dropped. */
	static List<Contact> people(List<Contact> people) {
		return (people == null) ? List.of()
				: people.stream()
					.filter((c) -> c != null && !isEmptyRow(c))
					.map((c) -> new Contact(c.name().strip(), blank(c.phone()) ? null : c.phone().strip()))
					.toList();
	}

	static String text(String text) {
		return blank(text) ? null : text.strip();
	}

	private static boolean isEmptyRow(Contact c) {
		return blank(c.name()) && blank(c.phone());
	}

	private static boolean fits(String text, int max) {
		return text == null || text.strip().codePointCount(0, text.strip().length()) <= max;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
