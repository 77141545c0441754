package org.between.frame;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.between.accounts.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Sessions between a therapist and a client: generated from standing appointments, or
 * one-off; cancelled under the policy in force; attended (actual start and end).
 */
@Service
public class Sessions {

	/** A session of the caller's (as client or therapist); 404 for anyone else's. */
	public SessionView session(CurrentUser me, UUID id) {
		throw new UnsupportedOperationException("not yet");
	}

	/** The last HELD session of this pair that started before {@code before}. */
	public Optional<SessionView> lastHeldBefore(UUID therapistId, UUID clientId, Instant before) {
		return Optional.empty();
	}

	/** Sessions of this pair starting in {@code [from, to)}, any status, oldest first. */
	public List<SessionView> between(UUID therapistId, UUID clientId, Instant from, Instant to) {
		return List.of();
	}

	/** Sessions where the user is client or therapist starting in {@code [from, to)}. */
	public List<SessionView> forUser(UUID userId, Instant from, Instant to) {
		return List.of();
	}

	/** Start instants of the client's HELD sessions, oldest first (for insights). */
	public List<Instant> heldStarts(UUID clientId) {
		return List.of();
	}

}
