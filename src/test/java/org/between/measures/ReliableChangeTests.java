package org.between.measures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reliable change is at least 6 points on the PHQ-9 and 4 on the GAD-7, relative to the
 * previous response, in either direction.
 */
class ReliableChangeTests {

	@ParameterizedTest(name = "PHQ-9 {0} -> {1}: {2}")
	@CsvSource({ "20, 14, LOWER", "20, 15, NONE", "10, 16, HIGHER", "10, 15, NONE", "27, 0, LOWER", "7, 7, NONE" })
	void phq9ChangesOfSixPointsOrMoreAreReliable(int previous, int score, ReliableChange expected) {
		assertThat(Scoring.reliableChange(Instrument.PHQ9, previous, score)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "GAD-7 {0} -> {1}: {2}")
	@CsvSource({ "12, 8, LOWER", "12, 9, NONE", "5, 9, HIGHER", "5, 8, NONE", "0, 21, HIGHER" })
	void gad7ChangesOfFourPointsOrMoreAreReliable(int previous, int score, ReliableChange expected) {
		assertThat(Scoring.reliableChange(Instrument.GAD7, previous, score)).isEqualTo(expected);
	}

	@Test
	void theFirstResponseHasNothingToCompareWith() {
		assertThat(Scoring.reliableChange(Instrument.PHQ9, null, 27)).isEqualTo(ReliableChange.NONE);
	}

	@Test
	void theSelfRelianceCheckHasNoReliableChangeThreshold() {
		assertThat(Scoring.reliableChange(Instrument.SELF_RELIANCE, 0, 28)).isEqualTo(ReliableChange.NONE);
	}

}
