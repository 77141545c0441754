package org.between.sessions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PunctualityTests {

	private static final Instant START = Instant.parse("2026-12-10T17:00:00Z");

	private static SessionView held(int lateMinutes, int actualMinutes) {
		Instant started = START.plusSeconds(60L * lateMinutes);
		return new SessionView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), START,
				START.plusSeconds(50 * 60), SessionStatus.HELD, SessionKind.REGULAR, null, started,
				started.plusSeconds(60L * actualMinutes), null, null);
	}

	@Test
	void fiveMinutesIsOnTimeSixIsLate() {
		Punctuality p = Punctuality.of(List.of(held(5, 50), held(6, 50), held(0, 45), held(0, 44), held(10, 40)));
		assertThat(p.held()).isEqualTo(5);
		assertThat(p.recorded()).isEqualTo(5);
		assertThat(p.startedLate()).isEqualTo(2);
		// 45 of 50 minutes is five short (not counted), 44 is six short, 40 is ten short.
		assertThat(p.cutShort()).isEqualTo(2);
		assertThat(p.minutesLost()).isEqualTo(5 + 6 + 10);
	}

	@Test
	void countsOnlyHeldSessionsAndRecordedTimes() {
		SessionView unrecorded = new SessionView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), START,
				START.plusSeconds(3000), SessionStatus.HELD, SessionKind.REGULAR, null, null, null, null, null);
		SessionView cancelled = new SessionView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), START,
				START.plusSeconds(3000), SessionStatus.CANCELLED_BY_CLIENT, SessionKind.REGULAR, null, null, null, null,
				null);
		Punctuality p = Punctuality.of(List.of(unrecorded, cancelled, held(20, 60)));
		assertThat(p.held()).isEqualTo(2);
		assertThat(p.recorded()).isEqualTo(1);
		assertThat(p.startedLate()).isEqualTo(1);
		assertThat(p.cutShort()).isZero();
		assertThat(p.minutesLost()).isZero();
	}

}
