package org.between.measures;

import java.util.List;

import org.between.shared.InputProblems;
import org.between.shared.InvalidInputException.FieldProblem;

/**
 * Checks a set of answers before anything is stored and scores it. Pure rules: no
 * database, no Spring.
 */
public final class Scoring {

	/** Why a PHQ-9 response always leads to the safety screen when item 9 is above 0. */
	public static final String PHQ9_ITEM_9 = "PHQ9_ITEM_9";

	private Scoring() {
	}

	/**
	 * Every problem with the answers, each naming its field; empty when they are fine.
	 */
	public static List<FieldProblem> problems(Instrument instrument, List<Integer> answers) {
		InputProblems problems = new InputProblems();
		if (answers == null) {
			return problems.add("answers", "measures.answers.missing").problems();
		}
		problems.require(answers.size() == instrument.items(), "answers",
				"measures.answers.count." + instrument.name());
		for (int i = 0; i < answers.size(); i++) {
			Integer answer = answers.get(i);
			problems.require(answer != null && answer >= 0 && answer <= instrument.maxAnswer(), "answers[" + i + "]",
					"measures.answers.range." + instrument.name());
		}
		return problems.problems();
	}

	/** The total score and its band (no band for the self-reliance check). */
	public static Result score(Instrument instrument, List<Integer> answers) {
		int score = instrument.score(answers);
		return new Result(score, instrument.severity(score).orElse(null));
	}

	/**
	 * The reasons this response must lead to the safety screen: PHQ-9 item 9 ("thoughts
	 * that you would be better off dead or of hurting yourself") above 0, whatever the
	 * total.
	 */
	public static List<String> riskReasons(Instrument instrument, List<Integer> answers) {
		if (instrument == Instrument.PHQ9 && answers.size() >= 9 && answers.get(8) != null && answers.get(8) > 0) {
			return List.of(PHQ9_ITEM_9);
		}
		return List.of();
	}

	/**
	 * Whether these answers are a risk answer ({@link #riskReasons} not empty): the one
	 * rule the safety screen, the stored risk flag, the result page and the API follow.
	 */
	public static boolean isRiskAnswer(Instrument instrument, List<Integer> answers) {
		return !riskReasons(instrument, answers).isEmpty();
	}

	/**
	 * Whether a result needs support said beside it although it is no risk answer: a
	 * severe band with PHQ-9 item 9 at 0 (nobody should read "severe" alone).
	 */
	public static boolean needsSupportWithoutRisk(Instrument instrument, List<Integer> answers, Severity severity) {
		return severity == Severity.SEVERE && !isRiskAnswer(instrument, answers);
	}

	/**
	 * How this score compares with the previous one: a reliable change when the
	 * difference reaches the instrument's threshold (PHQ-9 6 points, GAD-7 4 points).
	 */
	public static ReliableChange reliableChange(Instrument instrument, Integer previous, int score) {
		if (previous == null || instrument.reliableChangeThreshold() == 0) {
			return ReliableChange.NONE;
		}
		int change = score - previous;
		if (change <= -instrument.reliableChangeThreshold()) {
			return ReliableChange.LOWER;
		}
		if (change >= instrument.reliableChangeThreshold()) {
			return ReliableChange.HIGHER;
		}
		return ReliableChange.NONE;
	}

	/** A total and its band. */
	public record Result(int score, Severity severity) {
	}

}
