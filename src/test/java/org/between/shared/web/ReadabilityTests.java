package org.between.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The measure behind the plain-language check counts what it should. */
class ReadabilityTests {

	@Test
	void countsSyllablesCloseToHowTheyAreSaid() {
		assertThat(Readability.syllables("cat")).isEqualTo(1);
		assertThat(Readability.syllables("stores")).isEqualTo(1);
		assertThat(Readability.syllables("asked")).isEqualTo(1);
		assertThat(Readability.syllables("people")).isEqualTo(2);
		assertThat(Readability.syllables("needed")).isEqualTo(2);
		assertThat(Readability.syllables("therapist")).isEqualTo(3);
		assertThat(Readability.syllables("encrypted")).isEqualTo(3);
	}

	@Test
	void shortPlainSentencesScoreHighAndLongLatinateOnesLow() {
		Readability plain = Readability.of("You can see it. Your therapist sees only what you share.");
		assertThat(plain.sentences()).isEqualTo(2);
		assertThat(plain.wordsPerSentence()).isCloseTo(5.5, within(0.01));
		assertThat(plain.fleschReadingEase()).isGreaterThan(80);
		Readability dense = Readability.of("Personal information processed pursuant to applicable "
				+ "legislation is additionally safeguarded through organisational and technical protective "
				+ "measures, including encryption, pseudonymisation and continuous monitoring.");
		assertThat(dense.fleschReadingEase()).isLessThan(20);
	}

}
