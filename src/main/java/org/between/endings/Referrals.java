package org.between.endings;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.between.accounts.Accounts;
import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.shared.InputProblems;
import org.between.shared.NotFoundException;
import org.between.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals that close the loop: the therapist records who a client may go to next (name,
 * contact, a note, all encrypted), and both follow its status forward
 * ({@link ReferralStatus}) until the person arrived somewhere or chose not to go; an open
 * one stays on the therapist's home. After the ending the therapist sees nothing of it —
 * unless the client lets them see the status, and then only that ({@link #former}). Every
 * therapist read of the texts writes {@code REFERRALS_READ}; the home card shows the
 * client's name and the status only and writes nothing.
 */
@Service
public class Referrals {

	public static final int NAME_MAX = 200;

	public static final int CONTACT_MAX = 500;

	public static final int NOTE_MAX = 2000;

	/** At most this many referrals per ending request. */
	public static final int MAX_AT_ONCE = 5;

	private final ReferralStore store;

	private final ClientLinks links;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	Referrals(ReferralStore store, ClientLinks links, Accounts accounts, AuditLog audit, Clock clock) {
		this.store = store;
		this.links = links;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** A referral for a linked client, status SUGGESTED. */
	@Transactional
	public Referral suggest(CurrentUser therapist, UUID clientId, ReferralRequest request) {
		LinkedClient client = this.links.requireLinkedClient(therapist, clientId);
		InputProblems problems = new InputProblems();
		check(request, "", problems);
		problems.throwIfAny();
		return record(client, null, request);
	}

	/** The client's referrals as their therapist reads them: one audited read. */
	@Transactional
	public List<Referral> ofClient(CurrentUser therapist, UUID clientId) {
		LinkedClient client = this.links.requireLinkedClient(therapist, clientId);
		List<Referral> referrals = mine(client);
		if (!referrals.isEmpty()) {
			this.audit.record(therapist.id(), EndingsAudit.REFERRALS_READ, clientId, EndingsAudit.REFERRAL,
					clientId.toString());
		}
		return referrals;
	}

	/** The client's own referrals, of every therapist they had, oldest first. */
	@Transactional(readOnly = true)
	public List<Referral> own(CurrentUser client) {
		return this.store.ofClient(client.requireClient().id());
	}

	/**
	 * The therapist's referrals of clients still linked (a read of each client's, in
	 * their access log), oldest first.
	 */
	@Transactional
	public List<Referral> forTherapist(CurrentUser therapist) {
		Set<UUID> linked = this.links.clients(therapist).stream().map(LinkedClient::id).collect(Collectors.toSet());
		List<Referral> referrals = this.store.ofTherapist(therapist.id())
			.stream()
			.filter((r) -> linked.contains(r.clientId()))
			.toList();
		referrals.stream()
			.map(Referral::clientId)
			.distinct()
			.forEach((clientId) -> this.audit.record(therapist.id(), EndingsAudit.REFERRALS_READ, clientId,
					EndingsAudit.REFERRAL, clientId.toString()));
		return referrals;
	}

	/**
	 * What a therapist still sees of former clients' referrals: the status of those the
	 * client keeps visible, nothing else; each read in that client's access log.
	 */
	@Transactional
	public List<FormerReferral> former(CurrentUser therapist) {
		Set<UUID> linked = this.links.clients(therapist).stream().map(LinkedClient::id).collect(Collectors.toSet());
		List<Referral> visible = this.store.ofTherapist(therapist.id())
			.stream()
			.filter((r) -> r.keepVisibleToTherapist() && !linked.contains(r.clientId()))
			.toList();
		Map<UUID, String> names = visible.stream()
			.map(Referral::clientId)
			.distinct()
			.collect(Collectors.toMap((id) -> id, (id) -> this.accounts.displayName(id).orElse("")));
		return visible.stream().map((r) -> {
			this.audit.record(therapist.id(), EndingsAudit.REFERRAL_STATUS_READ, r.clientId(), EndingsAudit.REFERRAL,
					r.id().toString());
			return new FormerReferral(r.id(), names.get(r.clientId()), r.status(), r.statusChangedAt());
		}).toList();
	}

	/**
	 * A status further on (either side), or the client's choice to keep the status
	 * visible to the therapist after the ending. 404 for anyone but the two (and for the
	 * therapist once the link ended); 400 when nothing is asked or the therapist asks for
	 * the client's choice; 422 for a status that goes back or follows a closed one.
	 */
	@Transactional
	public Referral update(CurrentUser me, UUID id, ReferralChange change) {
		Referral referral = this.store.find(id).filter((r) -> mayChange(me, r)).orElseThrow(NotFoundException::new);
		InputProblems problems = new InputProblems();
		problems.require(change != null && (change.status() != null || change.keepVisibleToTherapist() != null),
				"status", "endings.referral.change.empty");
		problems.require(change == null || change.keepVisibleToTherapist() == null || me.isClient(),
				"keepVisibleToTherapist", "endings.referral.keepVisible.clientOnly");
		problems.throwIfAny();
		ReferralStatus next = (change.status() != null) ? change.status() : referral.status();
		if (next != referral.status() && !referral.status().mayMoveTo(next)) {
			throw new RuleViolationException("status", "endings.referral.status.backwards",
					Map.of("currentStatus", referral.status().name()), referral.status().name(), next.name());
		}
		boolean keep = (change.keepVisibleToTherapist() != null) ? change.keepVisibleToTherapist()
				: referral.keepVisibleToTherapist();
		Instant changedAt = (next != referral.status()) ? now() : referral.statusChangedAt();
		this.store.update(id, next, keep, changedAt);
		if (next != referral.status()) {
			this.audit.record(me.id(), EndingsAudit.REFERRAL_UPDATED, referral.clientId(), EndingsAudit.REFERRAL,
					id.toString());
		}
		if (keep && !referral.keepVisibleToTherapist()) {
			this.audit.record(me.id(), EndingsAudit.REFERRAL_KEPT_VISIBLE, referral.clientId(), EndingsAudit.REFERRAL,
					id.toString());
		}
		if (!keep && referral.keepVisibleToTherapist()) {
			this.audit.record(me.id(), EndingsAudit.REFERRAL_HIDDEN, referral.clientId(), EndingsAudit.REFERRAL,
					id.toString());
		}
		return referral.with(next, keep, changedAt);
	}

	/**
	 * The therapist's open referrals of clients still linked, for the home card: the
	 * client's name and the status, no texts (so no read of them).
	 */
	@Transactional(readOnly = true)
	public List<OpenOnHome> openOnHome(CurrentUser therapist) {
		Map<UUID, String> linked = this.links.clients(therapist)
			.stream()
			.collect(Collectors.toMap(LinkedClient::id, LinkedClient::displayName, (a, b) -> a));
		return this.store.openOfTherapist(therapist.id())
			.stream()
			.filter((r) -> linked.containsKey(r.clientId()))
			.map((r) -> new OpenOnHome(r.id(), r.clientId(), linked.get(r.clientId()), r.status()))
			.toList();
	}

	/**
	 * The therapist's referrals recorded in {@code [from, to)} (for their own record).
	 */
	List<Referral> ofTherapistIn(UUID therapistId, Instant from, Instant to) {
		return this.store.ofTherapist(therapistId)
			.stream()
			.filter((r) -> !r.createdAt().isBefore(from) && r.createdAt().isBefore(to))
			.toList();
	}

	/** The referrals of a checked link (for the ending's pages; the caller audits). */
	List<Referral> mine(LinkedClient client) {
		return this.store.ofClient(client.id())
			.stream()
			.filter((r) -> r.therapistId().equals(client.therapistId()))
			.toList();
	}

	/** Whether the pair has a referral not declined (an unplanned ending needs one). */
	boolean hasOne(LinkedClient client) {
		return mine(client).stream().anyMatch((r) -> r.status() != ReferralStatus.DECLINED);
	}

	Referral record(LinkedClient client, UUID endingId, ReferralRequest request) {
		Instant now = now();
		Referral referral = new Referral(UUID.randomUUID(), client.therapistId(), client.id(), endingId,
				request.name().strip(), blankToNull(request.contact()), blankToNull(request.note()),
				ReferralStatus.SUGGESTED, false, now, now);
		this.store.insert(referral);
		return referral;
	}

	/** Notes what is wrong with one referral; {@code prefix} names it in a list. */
	static void check(ReferralRequest r, String prefix, InputProblems problems) {
		if (r == null) {
			problems.add(prefix + "name", "endings.referral.name.required");
			return;
		}
		problems.require(r.name() != null && !r.name().isBlank(), prefix + "name", "endings.referral.name.required");
		problems.require(r.name() == null || r.name().length() <= NAME_MAX, prefix + "name",
				"endings.referral.name.tooLong");
		problems.require(r.contact() == null || r.contact().length() <= CONTACT_MAX, prefix + "contact",
				"endings.referral.contact.tooLong");
		problems.require(r.note() == null || r.note().length() <= NOTE_MAX, prefix + "note",
				"endings.referral.note.tooLong");
	}

	private boolean mayChange(CurrentUser me, Referral r) {
		if (me.isClient()) {
			return r.clientId().equals(me.id());
		}
		if (!r.therapistId().equals(me.id())) {
			return false;
		}
		this.links.requireLinkedClient(me, r.clientId());
		return true;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** An open referral on the therapist's home: whose, and where it stands. */
	public record OpenOnHome(UUID id, UUID clientId, String clientName, ReferralStatus status) {
	}

}
