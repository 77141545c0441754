package org.between.sessions;

import java.time.Instant;
import java.util.UUID;

/**
 * One session as both sides see it. {@code startedAt}/{@code endedAt} are what the
 * therapist recorded (null until then); {@code cancellation} is null unless cancelled;
 * {@code standingAppointmentId} is null for one-off sessions; {@code runningLate} is null
 * unless the therapist said they are running late.
 */
public record SessionView(UUID id, UUID clientId, UUID therapistId, Instant startsAt, Instant endsAt,
		SessionStatus status, SessionKind kind, String videoLink, Instant startedAt, Instant endedAt,
		UUID standingAppointmentId, CancellationRuling cancellation, RunningLate runningLate) {

	/** A session nobody said anything about being late for. */
	public SessionView(UUID id, UUID clientId, UUID therapistId, Instant startsAt, Instant endsAt, SessionStatus status,
			SessionKind kind, String videoLink, Instant startedAt, Instant endedAt, UUID standingAppointmentId,
			CancellationRuling cancellation) {
		this(id, clientId, therapistId, startsAt, endsAt, status, kind, videoLink, startedAt, endedAt,
				standingAppointmentId, cancellation, null);
	}

	public int durationMinutes() {
		return (int) java.time.Duration.between(this.startsAt, this.endsAt).toMinutes();
	}

}
