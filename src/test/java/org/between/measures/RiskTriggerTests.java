package org.between.measures;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** PHQ-9 item 9 above 0 always leads to the safety screen, whatever the total. */
class RiskTriggerTests {

	@Test
	void item9AtZeroTriggersNothingEvenWithTheHighestOtherAnswers() {
		assertThat(Scoring.riskReasons(Instrument.PHQ9, List.of(3, 3, 3, 3, 3, 3, 3, 3, 0))).isEmpty();
	}

	@ParameterizedTest(name = "item 9 = {0}")
	@ValueSource(ints = { 1, 2, 3 })
	void item9AboveZeroTriggersEvenWhenItIsTheOnlyAnswer(int item9) {
		List<Integer> answers = List.of(0, 0, 0, 0, 0, 0, 0, 0, item9);

		assertThat(Scoring.riskReasons(Instrument.PHQ9, answers)).containsExactly(Scoring.PHQ9_ITEM_9);
		assertThat(Scoring.score(Instrument.PHQ9, answers).severity()).isEqualTo(Severity.MINIMAL);
	}

	@Test
	void theResultPageAndTheSafetyScreenFollowOneRule() {
		List<Integer> item9 = List.of(0, 0, 0, 0, 0, 0, 0, 0, 1);
		List<Integer> severe = List.of(3, 3, 3, 3, 3, 3, 3, 3, 0);
		assertThat(Scoring.isRiskAnswer(Instrument.PHQ9, item9)).isTrue();
		assertThat(Scoring.isRiskAnswer(Instrument.PHQ9, severe)).isFalse();
		assertThat(Scoring.isRiskAnswer(Instrument.GAD7, List.of(3, 3, 3, 3, 3, 3, 3))).isFalse();
		// Severe without item 9: support beside the result, but no safety screen.
		assertThat(Scoring.needsSupportWithoutRisk(Instrument.PHQ9, severe, Severity.SEVERE)).isTrue();
		assertThat(
				Scoring.needsSupportWithoutRisk(Instrument.PHQ9, List.of(3, 3, 3, 3, 3, 3, 3, 3, 3), Severity.SEVERE))
			.isFalse();
		assertThat(Scoring.needsSupportWithoutRisk(Instrument.GAD7, List.of(3, 3, 3, 3, 3, 3, 3), Severity.SEVERE))
			.isTrue();
		assertThat(Scoring.needsSupportWithoutRisk(Instrument.PHQ9, item9, Severity.MINIMAL)).isFalse();
	}

	@Test
	void otherInstrumentsHaveNoRiskItem() {
		assertThat(Scoring.riskReasons(Instrument.GAD7, List.of(3, 3, 3, 3, 3, 3, 3))).isEmpty();
		assertThat(Scoring.riskReasons(Instrument.SELF_RELIANCE, List.of(0, 0, 0, 0, 0, 0, 0))).isEmpty();
	}

}
