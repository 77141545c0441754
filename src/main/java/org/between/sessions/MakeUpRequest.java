package org.between.sessions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A client's request for a make-up session (API.md "Everyday"): for the cancelled session
 * {@code sessionId}, up to three times that suit them ({@code options}, each as long as
 * the cancelled session), until the therapist confirms one, which books a
 * {@link SessionKind#MAKE_UP} session ({@code bookedSessionId}).
 */
public record MakeUpRequest(UUID id, UUID sessionId, UUID clientId, UUID therapistId, Status status,
		List<Instant> options, int durationMinutes, Instant createdAt, Instant confirmedAt, UUID bookedSessionId) {

	public MakeUpRequest {
		options = List.copyOf(options);
	}

	/** Where a request stands. */
	public enum Status {

		/** Sent; the therapist has not confirmed a time yet. */
		REQUESTED,
		/** The therapist booked one of the times. */
		CONFIRMED

	}

}
