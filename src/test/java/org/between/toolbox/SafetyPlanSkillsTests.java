package org.between.toolbox;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan entry names a skill when the skill's whole name stands in it, whatever the case.
 */
class SafetyPlanSkillsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Paced breathing before bed|Paced breathing|true",
					"some PACED BREATHING, then tea|Paced breathing|true",
					"5-4-3-2-1 grounding on the bus|5-4-3-2-1 grounding|true",
					"Unpaced breathings|Paced breathing|false", "Breathing|Paced breathing|false",
					"A walk|Walk round|false", "Go for a walk|Walk|true", "Sidewalk chalk|Walk|false", "ab|ab|false" })
	void anEntryNamesASkillByItsWholeName(String entry, String skill, boolean named) {
		assertThat(SafetyPlanSkills.names(entry, skill)).isEqualTo(named);
	}

}
