package org.between.checkin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link CheckinCorrection}: the seven days, and what a change keeps. */
class CheckinCorrectionRulesTests {

	private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void openForSevenDaysAfterTheMomentItIsAbout() {
		assertThat(CheckinCorrection.isOpen(AT, AT)).isTrue();
		assertThat(CheckinCorrection.isOpen(AT, AT.plus(Duration.ofDays(7)))).isTrue();
		assertThat(CheckinCorrection.isOpen(AT, AT.plus(Duration.ofDays(7)).plusNanos(1000))).isFalse();
	}

	@Test
	void whatAChangeLeavesOutStaysAndWhatItGivesReplaces() {
		Checkin existing = new Checkin(UUID.randomUUID(), UUID.randomUUID(), AT, AT, 4, 6, List.of(Emotion.SAD),
				Map.of(Urge.BINGE_PURGE, 2), TurnedTo.FRIEND, List.of(CheckinAction.waitedForSession()), "words",
				false);
		NewCheckin kept = CheckinCorrection.merged(existing,
				new NewCheckin(null, null, 3, null, Map.of("SUBSTANCES", 1), null, null, null));
		assertThat(kept.at()).isEqualTo(AT.toString());
		assertThat(kept.mood()).isEqualTo(4);
		assertThat(kept.distress()).isEqualTo(3);
		assertThat(kept.emotions()).containsExactly("SAD");
		assertThat(kept.urges()).containsEntry("BINGE_PURGE", 2).containsEntry("SUBSTANCES", 1);
		assertThat(kept.firstTurnedTo()).isEqualTo("FRIEND");
		assertThat(kept.actions()).extracting(NewCheckin.Action::type).containsExactly("WAITED_FOR_SESSION");
		assertThat(kept.note()).isEqualTo("words");
		NewCheckin cleared = CheckinCorrection.merged(existing,
				new NewCheckin(null, null, null, List.of(), null, "", List.of(), ""));
		assertThat(cleared.emotions()).isEmpty();
		assertThat(cleared.firstTurnedTo()).isEmpty();
		assertThat(cleared.actions()).isEmpty();
		assertThat(cleared.note()).isEmpty();
	}

}
