package org.between.endings;

import java.util.List;
import java.util.Objects;

import org.between.endings.Portfolio.SkillNumbers;
import org.between.shared.InputProblems;
import org.between.toolbox.RankedSkill;

/**
 * What a portfolio may hold and how it is pre-filled, one rule a method; pure. A
 * portfolio is read on a phone and printed, so each section stays a list a person can
 * take in: at most 20 entries of up to 500 characters (as a safety plan's steps), "how to
 * come back" up to 2 000 characters, a therapist's letter up to 20 000 (API.md "Text
 * limits").
 */
final class PortfolioRules {

	static final int ENTRIES_MAX = 20;

	static final int ENTRY_MAX = 500;

	static final int TEXT_MAX = 2000;

	static final int LETTER_MAX = 20000;

	/**
	 * How many skills the ranking pre-fills: the few that helped most, a starting point
	 * the client changes, not a report of everything they tried.
	 */
	static final int PREFILLED_MAX = 5;

	private PortfolioRules() {
	}

	/** Every problem with what the client wrote, in the order of the fields. */
	static InputProblems check(PortfolioInput in) {
		InputProblems problems = new InputProblems();
		entries("skillsThatWork", in.skillsThatWork(), problems);
		entries("insights", in.insights(), problems);
		entries("relapseSigns", in.relapseSigns(), problems);
		entries("whatToDo", in.whatToDo(), problems);
		problems.require(fits(in.howToComeBack(), TEXT_MAX), "howToComeBack", "portfolio.text.tooLong");
		return problems;
	}

	/** The problem with a therapist's letter, if any. */
	static InputProblems checkLetter(String letter) {
		return new InputProblems().require(fits(letter, LETTER_MAX), "letter", "portfolio.letter.tooLong");
	}

	private static void entries(String field, List<String> entries, InputProblems problems) {
		List<String> kept = entries(entries);
		problems.require(kept.size() <= ENTRIES_MAX && kept.stream().allMatch((e) -> fits(e, ENTRY_MAX)), field,
				"portfolio.entries.tooLong");
	}

	/** The entries, trimmed, blank ones left out, in the client's order. */
	static List<String> entries(List<String> entries) {
		return (entries == null) ? List.of()
				: entries.stream().filter(Objects::nonNull).map(String::strip).filter((e) -> !e.isEmpty()).toList();
	}

	/** A text trimmed, or null when blank. */
	static String text(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * The skills that worked for this person: practised ones whose mean change of
	 * distress went down, best estimate first as the ranking orders them, at most
	 * {@value #PREFILLED_MAX}. A skill that did not help is not suggested.
	 */
	static List<String> prefilled(List<RankedSkill> ranking) {
		return ranking.stream()
			.filter((s) -> s.practised() && s.meanReduction() != null && s.meanReduction() > 0)
			.limit(PREFILLED_MAX)
			.map(RankedSkill::name)
			.toList();
	}

	/** The client's own numbers for every practised skill, in the ranking's order. */
	static List<SkillNumbers> numbers(List<RankedSkill> ranking) {
		return ranking.stream()
			.filter(RankedSkill::practised)
			.map((s) -> new SkillNumbers(s.name(), s.practices(), s.meanReduction()))
			.toList();
	}

	private static boolean fits(String text, int max) {
		return text == null || text.strip().codePointCount(0, text.strip().length()) <= max;
	}

}
