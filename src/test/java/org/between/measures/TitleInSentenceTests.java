package org.between.measures;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A questionnaire's name inside a sentence (issue 16, 17): "Answer the self-reliance
 * check".
 */
class TitleInSentenceTests {

	@Test
	void aNameThatIsAWordStartsInLowerCaseAndAnAbbreviationKeepsItsCapitals() {
		assertThat(definition("Self-reliance check").inSentence()).isEqualTo("self-reliance check");
		assertThat(definition("PHQ-9").inSentence()).isEqualTo("PHQ-9");
		assertThat(definition("GAD-7").inSentence()).isEqualTo("GAD-7");
		assertThat(definition("X").inSentence()).isEqualTo("X");
	}

	private static Measures.MeasureDefinition definition(String title) {
		return new Measures.MeasureDefinition("CODE", title, "", List.of(), 0, List.of(), 0, false, "");
	}

}
