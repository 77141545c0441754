package org.between.policy;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's "I have read this" for a version of their therapist's policy (the current
 * one, an upcoming one or a past one). Kept with the moment, shown to both; saying it
 * twice keeps the first moment.
 */
@Service
public class PolicyAcknowledgements {

	private final PolicyStore store;

	private final ClientLinks links;

	private final Clock clock;

	PolicyAcknowledgements(PolicyStore store, ClientLinks links, Clock clock) {
		this.store = store;
		this.links = links;
		this.clock = clock;
	}

	/**
	 * Acknowledges the version; 404 when the client is not linked or the therapist has no
	 * such version. {@code created} is false when it was acknowledged before.
	 */
	@Transactional
	public Acknowledged acknowledge(CurrentUser client, int version) {
		client.requireClient();
		UUID therapistId = this.links.therapistOf(client).orElseThrow(NotFoundException::new).id();
		if (this.store.timeline(therapistId).version(version).isEmpty()) {
			throw new NotFoundException();
		}
		return record(therapistId, client.id(), version);
	}

	/**
	 * Keeps the acknowledgement of an existing version (checked by the caller), or the
	 * first one when it was said before.
	 */
	Acknowledged record(UUID therapistId, UUID clientId, int version) {
		return this.store.acknowledgement(therapistId, clientId, version)
			.map((existing) -> new Acknowledged(existing, false))
			.orElseGet(() -> insert(therapistId,
					new Acknowledgement(clientId, version, this.clock.instant().truncatedTo(ChronoUnit.MICROS))));
	}

	private Acknowledged insert(UUID therapistId, Acknowledgement ack) {
		try {
			this.store.insert(therapistId, ack);
		}
		catch (DuplicateKeyException ex) {
			// The same client, twice at the same moment: the other request kept it.
			return new Acknowledged(ack, false);
		}
		return new Acknowledged(ack, true);
	}

	/** An acknowledgement, and whether this request made it. */
	public record Acknowledged(Acknowledgement acknowledgement, boolean created) {
	}

}
