package org.between.insights;

import java.util.Map;

import org.between.checkin.TurnedTo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Herfindahl index of first turns to people, against values worked out by hand. */
class SupportSpreadTests {

	@Test
	void nobodyTurnedToMeansNoIndex() {
		SupportSpread spread = SupportSpread.of(Map.of(TurnedTo.SELF, 4L, TurnedTo.NOBODY, 2L));
		assertThat(spread.concentration()).isNull();
		assertThat(spread.turnsToPeople()).isZero();
		assertThat(spread.oneCarriesMost()).isFalse();
	}

	@Test
	void fourKindsOfPeopleEquallyGiveAQuarter() {
		SupportSpread spread = SupportSpread.of(Map.of(TurnedTo.FRIEND, 1L, TurnedTo.FAMILY, 1L, TurnedTo.PARTNER, 1L,
				TurnedTo.THERAPIST, 1L, TurnedTo.SELF, 9L));
		// 4 × (1/4)² = 0.25; turning to oneself is not a turn to a person.
		assertThat(spread.concentration()).isCloseTo(0.25, within(1e-9));
		assertThat(spread.turnsToPeople()).isEqualTo(4);
	}

	@Test
	void threeToTheTherapistAndOneToAFriend() {
		SupportSpread spread = SupportSpread.of(Map.of(TurnedTo.THERAPIST, 3L, TurnedTo.FRIEND, 1L));
		// (3/4)² + (1/4)² = 0.5625 + 0.0625 = 0.625
		assertThat(spread.concentration()).isCloseTo(0.625, within(1e-9));
		assertThat(spread.mostOften()).isEqualTo(TurnedTo.THERAPIST);
		assertThat(spread.mostOftenShare()).isCloseTo(0.75, within(1e-9));
		// Four turns are too few to say anything about it.
		assertThat(spread.oneCarriesMost()).isFalse();
	}

	@Test
	void onePersonCarriesMostFromFiveTurnsAndMoreThanHalf() {
		SupportSpread mostly = SupportSpread.of(Map.of(TurnedTo.PARTNER, 4L, TurnedTo.FRIEND, 1L));
		assertThat(mostly.concentration()).isCloseTo(0.68, within(1e-9));
		assertThat(mostly.oneCarriesMost()).isTrue();

		SupportSpread half = SupportSpread.of(Map.of(TurnedTo.PARTNER, 3L, TurnedTo.FRIEND, 3L));
		assertThat(half.concentration()).isCloseTo(0.5, within(1e-9));
		assertThat(half.oneCarriesMost()).isFalse();
	}

	@Test
	void alwaysTheSameOneIsOne() {
		assertThat(SupportSpread.of(Map.of(TurnedTo.CRISIS_LINE, 7L)).concentration()).isEqualTo(1.0);
	}

}
