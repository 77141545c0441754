package org.between.checkin;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** When a check-in leads to the safety screen, with the default and other thresholds. */
class RiskRulesTests {

	static final RiskRules DEFAULTS = new RiskRules(new RiskThresholds(1, 3));

	@ParameterizedTest(name = "suicidal thoughts {0}, self-harm {1} -> {2}")
	@CsvSource(delimiter = '|', nullValues = "-",
			value = { "0 | 0 | -", "1 | 0 | SUICIDAL_THOUGHTS", "5 | 0 | SUICIDAL_THOUGHTS", "0 | 2 | -",
					"0 | 3 | SELF_HARM", "0 | 5 | SELF_HARM", "1 | 3 | SUICIDAL_THOUGHTS,SELF_HARM" })
	void defaultsAreSuicidalThoughtsFromOneAndSelfHarmFromThree(int suicidal, int selfHarm, String expected) {
		var reasons = DEFAULTS.reasons(Map.of(Urge.SUICIDAL_THOUGHTS, suicidal, Urge.SELF_HARM, selfHarm), List.of());

		assertThat(String.join(",", reasons)).isEqualTo((expected != null) ? expected : "");
	}

	@ParameterizedTest(name = "acted on {0} with every urge at 0 -> {1}")
	@CsvSource(delimiter = '|', nullValues = "-",
			value = { "SELF_HARM | ACTED_ON_URGE", "SUICIDAL_THOUGHTS | ACTED_ON_URGE", "BINGE_PURGE | -",
					"SUBSTANCES | -", "QUIT_THERAPY | -", "CONTACT_THERAPIST | -" })
	void actingOnASelfHarmUrgeOrOnSuicidalThoughtsTriggersWhateverTheRatings(Urge urge, String expected) {
		var reasons = DEFAULTS.reasons(Map.of(), List.of(CheckinAction.actedOnUrge(urge)));

		assertThat(String.join(",", reasons)).isEqualTo((expected != null) ? expected : "");
	}

	@Test
	void anActComesBeforeTheUrgesAndIsNamedOnceHoweverOftenItIsGiven() {
		var reasons = DEFAULTS.reasons(Map.of(Urge.SUICIDAL_THOUGHTS, 2),
				List.of(CheckinAction.actedOnUrge(Urge.SELF_HARM), CheckinAction.actedOnUrge(Urge.SUICIDAL_THOUGHTS),
						CheckinAction.waitedForSession()));

		assertThat(reasons).containsExactly("ACTED_ON_URGE", "SUICIDAL_THOUGHTS");
	}

	@Test
	void otherUrgesNeverTriggerHoweverStrong() {
		assertThat(DEFAULTS.reasons(
				Map.of(Urge.BINGE_PURGE, 5, Urge.SUBSTANCES, 5, Urge.QUIT_THERAPY, 5, Urge.CONTACT_THERAPIST, 5),
				List.of()))
			.isEmpty();
		assertThat(DEFAULTS.reasons(Map.of(), List.of())).isEmpty();
	}

	@ParameterizedTest(name = "thresholds 3 and 5: suicidal thoughts {0}, self-harm {1} -> {2}")
	@CsvSource(delimiter = '|', nullValues = "-", value = { "1 | 0 | -", "2 | 4 | -", "3 | 0 | SUICIDAL_THOUGHTS",
			"0 | 4 | -", "0 | 5 | SELF_HARM", "4 | 5 | SUICIDAL_THOUGHTS,SELF_HARM" })
	void thresholdsComeFromTheSettings(int suicidal, int selfHarm, String expected) {
		RiskRules stricter = new RiskRules(new RiskThresholds(3, 5));

		var reasons = stricter.reasons(Map.of(Urge.SUICIDAL_THOUGHTS, suicidal, Urge.SELF_HARM, selfHarm), List.of());

		assertThat(String.join(",", reasons)).isEqualTo((expected != null) ? expected : "");
	}

	@Test
	void aLowerSelfHarmThresholdTriggersEarlier() {
		RiskRules earlier = new RiskRules(new RiskThresholds(1, 1));

		assertThat(earlier.reasons(Map.of(Urge.SELF_HARM, 1), List.of())).containsExactly("SELF_HARM");
		assertThat(DEFAULTS.reasons(Map.of(Urge.SELF_HARM, 1), List.of())).isEmpty();
	}

}
