package org.between.measures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.between.shared.InvalidInputException.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

/** Scores and the published bands, at every boundary of both instruments. */
class ScoringTests {

	/** Answers that add up to {@code total}, filled from the first item on. */
	static List<Integer> answersFor(Instrument instrument, int total) {
		List<Integer> answers = new ArrayList<>();
		int left = total;
		for (int i = 0; i < instrument.items(); i++) {
			int value = Math.min(instrument.maxAnswer(), left);
			answers.add(value);
			left -= value;
		}
		assertThat(left).isZero();
		return answers;
	}

	@ParameterizedTest(name = "PHQ-9 {0} is {1}")
	@CsvSource({ "0, MINIMAL", "4, MINIMAL", "5, MILD", "9, MILD", "10, MODERATE", "14, MODERATE",
			"15, MODERATELY_SEVERE", "19, MODERATELY_SEVERE", "20, SEVERE", "27, SEVERE" })
	void phq9ScoresFallIntoThePublishedBands(int total, Severity severity) {
		Scoring.Result result = Scoring.score(Instrument.PHQ9, answersFor(Instrument.PHQ9, total));

		assertThat(result.score()).isEqualTo(total);
		assertThat(result.severity()).isEqualTo(severity);
	}

	@ParameterizedTest(name = "GAD-7 {0} is {1}")
	@CsvSource({ "0, MINIMAL", "4, MINIMAL", "5, MILD", "9, MILD", "10, MODERATE", "14, MODERATE", "15, SEVERE",
			"21, SEVERE" })
	void gad7ScoresFallIntoThePublishedBands(int total, Severity severity) {
		Scoring.Result result = Scoring.score(Instrument.GAD7, answersFor(Instrument.GAD7, total));

		assertThat(result.score()).isEqualTo(total);
		assertThat(result.severity()).isEqualTo(severity);
	}

	@Test
	void theBandsCoverEveryPossibleScoreWithoutGapsOrOverlaps() {
		for (Instrument instrument : List.of(Instrument.PHQ9, Instrument.GAD7)) {
			int expectedFrom = 0;
			for (Band band : instrument.bands()) {
				assertThat(band.from()).isEqualTo(expectedFrom);
				expectedFrom = band.to() + 1;
			}
			assertThat(expectedFrom - 1).isEqualTo(instrument.maxScore());
		}
		assertThat(Instrument.PHQ9.maxScore()).isEqualTo(27);
		assertThat(Instrument.GAD7.maxScore()).isEqualTo(21);
	}

	@Test
	void theSelfRelianceCheckHasAScoreButNoBand() {
		Scoring.Result result = Scoring.score(Instrument.SELF_RELIANCE, List.of(4, 3, 2, 1, 0, 4, 4));

		assertThat(result.score()).isEqualTo(18);
		assertThat(result.severity()).isNull();
		assertThat(Instrument.SELF_RELIANCE.maxScore()).isEqualTo(28);
		assertThat(Instrument.SELF_RELIANCE.loinc()).isEmpty();
	}

	@Test
	void answersThatFitRaiseNoProblem() {
		assertThat(Scoring.problems(Instrument.PHQ9, answersFor(Instrument.PHQ9, 27))).isEmpty();
		assertThat(Scoring.problems(Instrument.GAD7, answersFor(Instrument.GAD7, 0))).isEmpty();
		assertThat(Scoring.problems(Instrument.SELF_RELIANCE, List.of(4, 4, 4, 4, 4, 4, 4))).isEmpty();
	}

	@Test
	void everyBadAnswerIsListedByItsPosition() {
		List<FieldProblem> problems = Scoring.problems(Instrument.PHQ9, Arrays.asList(0, 4, -1, 0, null, 0, 0, 0, 0));

		assertThat(problems).extracting(FieldProblem::field).containsExactly("answers[1]", "answers[2]", "answers[4]");
	}

	@Test
	void aWrongNumberOfAnswersIsAProblemOfTheList() {
		assertThat(Scoring.problems(Instrument.GAD7, List.of(0, 0, 0))).extracting(FieldProblem::field)
			.containsExactly("answers");
		assertThat(Scoring.problems(Instrument.GAD7, null)).extracting(FieldProblem::field).containsExactly("answers");
		assertThat(Scoring.problems(Instrument.SELF_RELIANCE, List.of(0, 0, 0, 0, 0, 0, 5)))
			.extracting(FieldProblem::field)
			.containsExactly("answers[6]");
	}

	@Test
	void codesAreReadWithoutMindingCase() {
		assertThat(Instrument.fromCode("phq9")).contains(Instrument.PHQ9);
		assertThat(Instrument.fromCode("self-reliance")).contains(Instrument.SELF_RELIANCE);
		assertThat(Instrument.fromCode("PHQ2")).isEmpty();
		assertThat(Instrument.fromCode(null)).isEmpty();
	}

}
