package org.between.policy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.shared.ConflictException;
import org.between.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist's practice policy: versioned, announced with notice, acknowledged by
 * clients. The first version may take effect at once; every later one only from today +
 * {@code between.policy.notice-days} (in the therapist's time zone), unless it is wholly
 * in the client's favour ({@link PolicyNotice}). Versions are never changed; which one is
 * in force when is {@link PolicyTimeline}'s rule.
 * <p>
 * Reads of acknowledgements and fees by the therapist are not written to the audit log:
 * they are administrative facts addressed to the therapist (a signed form, a fee they set
 * themselves), not the client's clinical content, and logging them would bury the reads
 * that matter in the client's access log.
 */
@Service
public class Policies {

	/** Oldest first; at the same moment in the order of the types, then by version. */
	private static final Comparator<PolicyEvent> EVENT_ORDER = Comparator.comparing(PolicyEvent::at)
		.thenComparing(PolicyEvent::type)
		.thenComparing((e) -> (e.policyVersion() != null) ? e.policyVersion() : 0);

	private final PolicyStore store;

	private final ClientLinks links;

	private final Accounts accounts;

	private final PolicySettings settings;

	private final PolicyChangeMail mail;

	private final Clock clock;

	Policies(PolicyStore store, ClientLinks links, Accounts accounts, PolicySettings settings, PolicyChangeMail mail,
			Clock clock) {
		this.store = store;
		this.links = links;
		this.accounts = accounts;
		this.settings = settings;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * Publishes a new version (therapists only). 400 with field problems for bad input;
	 * 422 ({@link PolicyNoticeException}) naming the earliest allowed date when a change
	 * that is not wholly in the client's favour is given too little notice. Linked
	 * clients are e-mailed when the version takes effect later.
	 */
	@Transactional
	public PolicyPublished publish(CurrentUser therapist, PolicyInput input) {
		therapist.requireTherapist();
		this.accounts.requireSecondFactor(therapist);
		Instant now = now();
		LocalDate today = LocalDate.ofInstant(now, therapist.zone());
		PolicyInput checked = PolicyValidation.check(input, today);
		PolicyTimeline timeline = this.store.timeline(therapist.id());
		PolicyVersion version = PolicyVersion.of(therapist.id(), timeline.nextVersion(), checked,
				PolicyNotice.effectiveAt(checked.effectiveFrom(), therapist.zone(), now), now);
		requireNotice(timeline, version, therapist.zone(), today, now);
		insert(version);
		if (version.effectiveAt().isAfter(now)) {
			this.mail.tellClients(therapist, version);
		}
		return new PolicyPublished(version.version(), version.effectiveFrom(), version.effectiveAt());
	}

	/**
	 * The therapist's own policy, or (for a client) their linked therapist's with the
	 * client's acknowledgements and own fee; 404 for a client who is not linked.
	 */
	@Transactional(readOnly = true)
	public PolicyOverview overview(CurrentUser me) {
		Instant now = now();
		if (me.isTherapist()) {
			PolicyTimeline timeline = this.store.timeline(me.id());
			return new PolicyOverview(me.id(), me.displayName(), timeline.at(now).orElse(null), timeline.upcoming(now),
					timeline.history(now), null, null, null);
		}
		var therapist = this.links.therapistOf(me).orElseThrow(NotFoundException::new);
		PolicyTimeline timeline = this.store.timeline(therapist.id());
		List<ClientFee> fees = this.store.fees(therapist.id(), me.id());
		return new PolicyOverview(therapist.id(), therapist.displayName(), timeline.at(now).orElse(null),
				timeline.upcoming(now), timeline.history(now), this.store.acknowledgements(therapist.id(), me.id()),
				ClientFees.at(fees, now).orElse(null), ClientFees.upcoming(fees, now));
	}

	/**
	 * One linked client's acknowledgements and fees, for their therapist (404 otherwise).
	 */
	@Transactional(readOnly = true)
	public ClientFrame clientFrame(CurrentUser therapist, UUID clientId) {
		LinkedClient client = this.links.requireLinkedClient(therapist, clientId);
		Instant now = now();
		List<ClientFee> fees = this.store.fees(client.therapistId(), client.id());
		Optional<PolicyTerms> terms = inForce(this.store.timeline(client.therapistId()), fees, now);
		return new ClientFrame(client.id(), client.displayName(),
				this.store.acknowledgements(client.therapistId(), client.id()), fees,
				ClientFees.at(fees, now).orElse(null), terms.map(PolicyTerms::feePerSession).orElse(null),
				terms.map(PolicyTerms::currency).orElse(null), terms.map(PolicyTerms::version).orElse(null));
	}

	/** The acknowledgement table: each linked client, in the order of the client list. */
	@Transactional(readOnly = true)
	public List<ClientPolicyStatus> clients(CurrentUser therapist) {
		therapist.requireTherapist();
		Instant now = now();
		List<Acknowledgement> acks = this.store.acknowledgements(therapist.id());
		return this.links.clients(therapist).stream().map((client) -> status(client, acks, now)).toList();
	}

	/**
	 * The therapist's version in force at {@code at} as it applies to a linked client
	 * (their own fee if one is in force then); empty before the first version. Takes the
	 * {@link LinkedClient} the access check made, so that nobody reads a client's fee
	 * without it.
	 */
	@Transactional(readOnly = true)
	public Optional<PolicyTerms> inForce(LinkedClient client, Instant at) {
		return inForce(client.therapistId(), client.id(), at);
	}

	/**
	 * For a client: their therapist's version in force at {@code at} as it applies to
	 * them; empty without a therapist or before the first version.
	 */
	@Transactional(readOnly = true)
	public Optional<PolicyTerms> inForce(CurrentUser client, Instant at) {
		client.requireClient();
		return this.links.therapistOf(client).flatMap((therapist) -> inForce(therapist.id(), client.id(), at));
	}

	/**
	 * The therapist's version in force at {@code at} as it applies to {@code clientId};
	 * for the public reads above (and this package's tests).
	 */
	Optional<PolicyTerms> inForce(UUID therapistId, UUID clientId, Instant at) {
		List<ClientFee> fees = (clientId != null) ? this.store.fees(therapistId, clientId) : List.of();
		return inForce(this.store.timeline(therapistId), fees, at);
	}

	/**
	 * Frame events between the therapist and the client in {@code [from, to)}, oldest
	 * first, plus versions published before {@code to} that take effect after it (so the
	 * brief can show upcoming changes).
	 */
	@Transactional(readOnly = true)
	public List<PolicyEvent> events(LinkedClient client, Instant from, Instant to) {
		List<PolicyEvent> events = new ArrayList<>(this.store.timeline(client.therapistId()).events(from, to));
		this.store.acknowledgements(client.therapistId(), client.id())
			.stream()
			.filter((a) -> PolicyTimeline.within(a.acknowledgedAt(), from, to))
			.map((a) -> new PolicyEvent(a.acknowledgedAt(), PolicyEvent.Type.POLICY_ACKNOWLEDGED, a.version()))
			.forEach(events::add);
		this.store.fees(client.therapistId(), client.id())
			.stream()
			.filter((f) -> PolicyTimeline.within(f.setAt(), from, to))
			.map((f) -> new PolicyEvent(f.setAt(), PolicyEvent.Type.CLIENT_FEE_SET, null))
			.forEach(events::add);
		events.sort(EVENT_ORDER);
		return events;
	}

	/** The operator's notice in days ({@code between.policy.notice-days}). */
	public int noticeDays() {
		return this.settings.noticeDays();
	}

	/** The first day a change with notice may take effect, for this therapist. */
	public LocalDate earliestWithNotice(CurrentUser therapist) {
		return notice().withNotice(LocalDate.ofInstant(now(), therapist.zone()));
	}

	private static Optional<PolicyTerms> inForce(PolicyTimeline timeline, List<ClientFee> fees, Instant at) {
		return timeline.at(at)
			.map((v) -> ClientFees.at(fees, at).map((f) -> v.terms(f.feePerSession())).orElseGet(v::terms));
	}

	/**
	 * 422 naming the earliest day when a version that is not wholly in the client's
	 * favour is given too little notice against the version it displaces.
	 */
	private void requireNotice(PolicyTimeline timeline, PolicyVersion version, ZoneId zone, LocalDate today,
			Instant now) {
		Function<LocalDate, PolicyTerms> displacedOn = (
				day) -> timeline.at(PolicyNotice.effectiveAt(day, zone, now)).map(PolicyVersion::terms).orElse(null);
		notice().require(today, version.effectiveFrom(), displacedOn, version.terms());
	}

	private void insert(PolicyVersion version) {
		try {
			this.store.insert(version);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("frame.policy.concurrent");
		}
	}

	/** The newest version the client acknowledged, and their own fee in force now. */
	private ClientPolicyStatus status(LinkedClient client, List<Acknowledgement> acks, Instant now) {
		Optional<Acknowledgement> newest = acks.stream()
			.filter((a) -> a.clientId().equals(client.id()))
			.max(Comparator.comparingInt(Acknowledgement::version));
		BigDecimal ownFee = ClientFees.at(this.store.fees(client.therapistId(), client.id()), now)
			.map(ClientFee::feePerSession)
			.orElse(null);
		return new ClientPolicyStatus(client.id(), client.displayName(),
				newest.map(Acknowledgement::version).orElse(null),
				newest.map(Acknowledgement::acknowledgedAt).orElse(null), ownFee);
	}

	private PolicyNotice notice() {
		return new PolicyNotice(this.settings.noticeDays());
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
