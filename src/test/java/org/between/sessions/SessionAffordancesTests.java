package org.between.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.between.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's steps come from the rules the facade enforces: for every moment around a
 * session and every state, a step is offered exactly when the facade's rule accepts it
 * (cancel, no-show), and a one-tap start or end is offered only when the tap would be
 * recorded.
 */
class SessionAffordancesTests {

	private static final Instant START = Instant.parse("2027-03-01T10:00:00Z");

	private static final UUID THERAPIST = UUID.randomUUID();

	private static SessionView session(SessionStatus status, Instant startedAt, Instant endedAt) {
		return new SessionView(UUID.randomUUID(), UUID.randomUUID(), THERAPIST, START,
				START.plus(Duration.ofMinutes(50)), status, SessionKind.REGULAR, null, startedAt, endedAt, null, null);
	}

	private static boolean accepted(SessionView s, Instant startedAt, Instant endedAt, Instant now) {
		try {
			SessionValidation.attendance(s, startedAt, endedAt, now);
			return SessionWindows.attendanceRefusal(s).isEmpty();
		}
		catch (InvalidInputException ex) {
			return false;
		}
	}

	@Test
	void cancelAndNoShowAreOfferedExactlyWhenTheFacadeWouldTakeThem() {
		for (SessionStatus status : SessionStatus.values()) {
			SessionView s = session(status, null, null);
			for (long minutes = -180; minutes <= 180; minutes += 10) {
				Instant now = START.plus(Duration.ofMinutes(minutes));
				SessionAffordances can = SessionAffordances.of(s, true, now);
				assertThat(can.cancel()).as("%s at %d min", status, minutes)
					.isEqualTo(SessionWindows.cancelRefusal(s, now).isEmpty())
					.isEqualTo(status == SessionStatus.SCHEDULED && minutes < 0);
				assertThat(can.noShow()).as("%s at %d min", status, minutes)
					.isEqualTo(SessionWindows.noShowRefusal(s, now).isEmpty())
					.isEqualTo(status == SessionStatus.SCHEDULED && minutes >= 0);
			}
		}
	}

	@Test
	void aTapIsOfferedOnlyWhenItWouldBeRecorded() {
		for (SessionStatus status : SessionStatus.values()) {
			for (long minutes = -24 * 60; minutes <= 24 * 60; minutes += 15) {
				Instant now = START.plus(Duration.ofMinutes(minutes));
				SessionView fresh = session(status, null, null);
				SessionAffordances can = SessionAffordances.of(fresh, true, now);
				Instant tap = now.plus(SessionAffordances.MOMENT);
				if (can.start()) {
					assertThat(accepted(fresh, tap, null, tap)).as("start at %d min", minutes).isTrue();
				}
				if (can.end()) {
					assertThat(accepted(fresh, START, tap, tap)).as("end at %d min", minutes).isTrue();
				}
			}
		}
	}

	@Test
	void noStartButtonMoreThanTwelveHoursAfterThePlannedStart() {
		SessionView s = session(SessionStatus.SCHEDULED, null, null);
		// Within the tap window (until 12 hours after the end) but not within 12 hours of
		// the planned start: the facade would refuse the start, so none is offered.
		assertThat(SessionAffordances.of(s, true, START.plus(Duration.ofHours(12)).plusSeconds(60)).start()).isFalse();
		assertThat(SessionAffordances.of(s, true, START.minus(Duration.ofMinutes(30))).start()).isTrue();
		assertThat(SessionAffordances.of(s, true, START.minus(Duration.ofMinutes(61))).start()).isFalse();
	}

	@Test
	void noEndButtonWhenTheSessionWouldHaveLastedOverSixHours() {
		SessionView started = session(SessionStatus.HELD, START, null);
		assertThat(SessionAffordances.of(started, true, START).end()).isTrue();
		assertThat(SessionAffordances.of(started, true, START.plus(Duration.ofHours(5))).end()).isTrue();
		assertThat(SessionAffordances.of(started, true, START.plus(Duration.ofHours(7))).end()).isFalse();
		assertThat(SessionAffordances.of(started, true, START.plus(Duration.ofHours(5))).start()).isFalse();
	}

	@Test
	void theClientMayCancelButRecordsNothing() {
		SessionView s = session(SessionStatus.SCHEDULED, null, null);
		SessionAffordances before = SessionAffordances.of(s, false, START.minusSeconds(60));
		assertThat(before).isEqualTo(new SessionAffordances(true, false, false, false, false, false, false));
		assertThat(SessionAffordances.of(s, false, START.plusSeconds(60)))
			.isEqualTo(new SessionAffordances(false, false, false, false, false, false, false));
	}

	@Test
	void cancelledSessionsOfferNothingToRecord() {
		SessionView s = session(SessionStatus.CANCELLED_BY_CLIENT, null, null);
		assertThat(SessionAffordances.of(s, true, START.plusSeconds(60)))
			.isEqualTo(new SessionAffordances(false, false, false, false, false, false, false));
	}

}
