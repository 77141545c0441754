package org.between.policy;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.between.accounts.LinkTerms;
import org.springframework.stereotype.Component;

/**
 * Linking is consent to the frame: the invitation page shows the therapist's version in
 * force in plain words (the standard fee: a client's own fee is set after linking), and
 * accepting acknowledges that version, the one shown, even when a newer one was published
 * while the page was open; the client reads later versions on {@code /policy} as before.
 */
@Component
class PolicyLinkTerms implements LinkTerms {

	private final PolicyStore store;

	private final PolicyAcknowledgements acknowledgements;

	private final Clock clock;

	PolicyLinkTerms(PolicyStore store, PolicyAcknowledgements acknowledgements, Clock clock) {
		this.store = store;
		this.acknowledgements = acknowledgements;
		this.clock = clock;
	}

	@Override
	public Optional<Shown> shownFor(UUID therapistId) {
		return this.store.timeline(therapistId)
			.at(this.clock.instant())
			.map((v) -> new Shown(v.version(), "policy/cards", "linking", Map.of("terms", v.terms())));
	}

	@Override
	public boolean offers(UUID therapistId, int version) {
		return this.store.timeline(therapistId).version(version).isPresent();
	}

	@Override
	public void acknowledge(UUID therapistId, UUID clientId, int version) {
		this.acknowledgements.record(therapistId, clientId, version);
	}

}
