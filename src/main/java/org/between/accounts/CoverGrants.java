package org.between.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.between.accounts.CoverGrantStore.StoredGrant;
import org.between.shared.ConflictException;
import org.between.shared.InputProblems;
import org.between.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The rule of cover access: a client lets a colleague of their current therapist see what
 * they chose, from the start of the therapist's absence until its end, and nobody else
 * decides it for them. The grant counts only while the client is still linked with that
 * therapist and the therapist still names the cover; granting and revoking are the
 * client's own rows in the audit log.
 */
@Component
class CoverGrants {

	static final String ITEM_TYPE = "ABSENCE";

	private final CoverGrantStore store;

	private final LinkRepository links;

	private final Colleagues colleagues;

	private final AuditLog audit;

	private final Clock clock;

	CoverGrants(CoverGrantStore store, LinkRepository links, Colleagues colleagues, AuditLog audit, Clock clock) {
		this.store = store;
		this.links = links;
		this.colleagues = colleagues;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * 400 for a missing id or instants that are not a span still to come; 404 when the
	 * client has no therapist or the cover is not one of the therapist's colleagues (the
	 * client cannot name just anyone). The same choice again changes nothing.
	 */
	CoverGrant grant(CurrentUser client, UUID coverId, UUID absenceId, Instant startsAt, Instant endsAt) {
		client.requireClient();
		Instant now = this.clock.instant();
		new InputProblems().require(coverId != null, "coverId", "cover.coverRequired")
			.require(absenceId != null, "absenceId", "cover.absenceRequired")
			.require(startsAt != null, "startsAt", "cover.startsRequired")
			.require(endsAt != null && (startsAt == null || endsAt.isAfter(startsAt)), "endsAt",
					"cover.endsBeforeStart")
			.require(endsAt == null || endsAt.isAfter(now), "endsAt", "cover.ended")
			.throwIfAny();
		Link link = this.links.findByActiveClientId(client.id()).orElseThrow(NotFoundException::new);
		if (!this.colleagues.isColleague(link.therapistId(), coverId)) {
			throw new NotFoundException();
		}
		StoredGrant wanted = new StoredGrant(UUID.randomUUID(), client.id(), coverId, absenceId, micros(startsAt),
				micros(endsAt), null);
		Optional<StoredGrant> existing = this.store.of(client.id(), absenceId);
		if (existing.isPresent() && existing.get().sameAs(coverId, wanted.startsAt(), wanted.endsAt())) {
			return view(existing.get(), client.displayName());
		}
		save(wanted, existing.isPresent(), now);
		this.audit.record(client.id(), AccountsAudit.COVER_GRANTED, client.id(), ITEM_TYPE, absenceId.toString());
		return view(wanted, client.displayName());
	}

	/** The client stops sharing for this absence; false when nothing was shared. */
	boolean revoke(CurrentUser client, UUID absenceId) {
		client.requireClient();
		boolean revoked = absenceId != null && this.store.revoke(client.id(), absenceId, this.clock.instant());
		if (revoked) {
			this.audit.record(client.id(), AccountsAudit.COVER_REVOKED, client.id(), ITEM_TYPE, absenceId.toString());
		}
		return revoked;
	}

	/**
	 * The absence was called off: every grant for it ends, each in its client's access
	 * log (no person acted as the client; the row has no actor).
	 */
	int revokeAll(UUID absenceId) {
		List<UUID> clients = this.store.revokeAll(absenceId, this.clock.instant());
		clients.forEach((clientId) -> this.audit.record(null, AccountsAudit.COVER_WITHDRAWN, clientId, ITEM_TYPE,
				absenceId.toString()));
		return clients.size();
	}

	/** The client's own grant for the absence while it is not revoked. */
	Optional<CoverGrant> of(CurrentUser client, UUID absenceId) {
		client.requireClient();
		return this.store.of(client.id(), absenceId)
			.filter((g) -> g.revokedAt() == null)
			.map((g) -> view(g, client.displayName()));
	}

	List<CoverGrant> inForceFor(CurrentUser cover) {
		return this.store.inForceFor(cover.id(), this.clock.instant());
	}

	/** The client as the cover may see them now; 404 when no grant is in force. */
	CoveredClient require(CurrentUser cover, UUID clientId) {
		return this.store.inForce(cover.id(), clientId, this.clock.instant())
			.map((g) -> new CoveredClient(g.clientId(), g.clientName(), g.coverId(), g.absenceId(), g.endsAt()))
			.orElseThrow(NotFoundException::new);
	}

	private void save(StoredGrant wanted, boolean exists, Instant now) {
		if (exists) {
			this.store.reopen(wanted);
			return;
		}
		try {
			this.store.insert(wanted, now);
		}
		catch (DuplicateKeyException ex) {
			// The same client's other request inserted it a moment ago (PostgreSQL has
			// ended this transaction): asking again finds that row.
			throw new ConflictException("cover.changedMeanwhile");
		}
	}

	private CoverGrant view(StoredGrant g, String clientName) {
		return new CoverGrant(g.clientId(), clientName, g.coverId(), g.absenceId(), g.startsAt(), g.endsAt());
	}

	/**
	 * Both databases keep micro-seconds; the same choice must compare equal after
	 * storing.
	 */
	private static Instant micros(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

}
