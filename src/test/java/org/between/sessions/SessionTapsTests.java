package org.between.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of taps that forgive, at their boundaries (issue 16 item 5). */
class SessionTapsTests {

	private static final Instant START = Instant.parse("2027-03-01T09:00:00Z");

	private static SessionView started(Instant startedAt, Instant endedAt) {
		return new SessionView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), START,
				START.plus(Duration.ofMinutes(50)), SessionStatus.HELD, SessionKind.REGULAR, null, startedAt, endedAt,
				null, null);
	}

	@Test
	void anEndNineMinutesFiftyNineAfterTheStartAsksAndTenMinutesDoesNot() {
		SessionView s = started(START, null);
		assertThat(SessionTaps.endAsksToConfirm(s, START.plus(Duration.ofMinutes(9)).plusSeconds(59))).isTrue();
		assertThat(SessionTaps.endAsksToConfirm(s, START.plus(Duration.ofMinutes(10)))).isFalse();
		assertThat(SessionTaps.endAsksToConfirm(started(null, null), START.plusSeconds(60))).isFalse();
		assertThat(SessionTaps.endAsksToConfirm(started(START, START.plusSeconds(120)), START.plusSeconds(180)))
			.isFalse();
	}

	@Test
	void aTapCanBeUndoneForFourMinutesFiftyNineButNotAtFive() {
		assertThat(SessionTaps.undoable(START, START.plus(Duration.ofMinutes(4)).plusSeconds(59))).isTrue();
		assertThat(SessionTaps.undoable(START, START.plus(Duration.ofMinutes(5)))).isFalse();
	}

}
