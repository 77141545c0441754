package org.between.frame;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * A therapist's practice policy: versioned, announced with notice, acknowledged by
 * clients. (Contract for the other parts of the frame and for the brief; the policy work
 * fills it in.)
 */
@Service
public class Policies {

	/**
	 * The therapist's version in force at {@code at} as it applies to {@code clientId}
	 * (their own fee if one is in force then); empty before the first version.
	 */
	public Optional<PolicyTerms> inForce(UUID therapistId, UUID clientId, Instant at) {
		return Optional.empty();
	}

	/**
	 * Frame events between the therapist and the client in {@code [from, to)}, oldest
	 * first, plus versions published before {@code to} that take effect after it (so the
	 * brief can show upcoming changes).
	 */
	public List<FrameEvent> events(UUID therapistId, UUID clientId, Instant from, Instant to) {
		return List.of();
	}

}
