package org.between.contact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.between.accounts.Accounts;
import org.between.accounts.Accounts.TherapistRef;
import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.contact.AgreementValidation.Proposal;
import org.between.journal.Journal;
import org.between.journal.JournalEntry;
import org.between.journal.NewJournalEntry;
import org.between.shared.ConflictException;
import org.between.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact agreement between a therapist and a linked client. Only the linked
 * therapist proposes; only that client accepts or asks to talk about it; anyone else gets
 * 404, the wrong role 403. A proposal never replaces the agreement in force until the
 * client accepts it; then the one before is {@code SUPERSEDED}. A newer proposal
 * {@code REPLACES} an open one. "Let's talk about it" puts the proposal on the next
 * session's agenda as a journal entry marked for the session (and shared, so that the
 * therapist sees its title there), and the proposal stays open to be accepted later.
 * <p>
 * Proposals and answers are written to the client's access log. The therapist's reads of
 * their agreements with a client are not: an agreement is the frame the therapist wrote
 * and the client's answer to it, not the client's clinical content (like the practice
 * policy). Other modules (the messages) read the agreement in force with
 * {@link #activeFor(CurrentUser)} and {@link #activeFor(LinkedClient)}.
 */
@Service
public class ContactAgreements {

	static final String ITEM_TYPE = "CONTACT_AGREEMENT";

	private static final Predicate<ContactAgreement> IN_FORCE = (a) -> a.status() == AgreementStatus.ACCEPTED;

	private static final Predicate<ContactAgreement> OPEN = (a) -> a.status().open();

	private final ContactAgreementStore store;

	private final ClientLinks links;

	private final Accounts accounts;

	private final Journal journal;

	private final AuditLog audit;

	private final MessageSource messages;

	private final Clock clock;

	ContactAgreements(ContactAgreementStore store, ClientLinks links, Accounts accounts, Journal journal,
			AuditLog audit, MessageSource messages, Clock clock) {
		this.store = store;
		this.links = links;
		this.accounts = accounts;
		this.journal = journal;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The linked therapist proposes an agreement (400 naming every bad field, 404 unless
	 * linked). An open proposal of theirs is replaced; the agreement in force stays in
	 * force until the client accepts this one.
	 */
	@Transactional
	public ContactAgreement propose(CurrentUser therapist, UUID clientId, AgreementInput input) {
		therapist.requireTherapist();
		LinkedClient client = this.links.requireLinkedClient(therapist, clientId);
		Instant now = now();
		Proposal proposal = AgreementValidation.check(input, therapist.zone(),
				LocalDate.ofInstant(now, therapist.zone()));
		this.store.of(client.id(), client.therapistId(), true)
			.stream()
			.filter(OPEN)
			.forEach((open) -> this.store.ended(open.id(), AgreementStatus.REPLACED, now));
		ContactAgreement agreement = new ContactAgreement(UUID.randomUUID(), client.id(), client.therapistId(),
				AgreementStatus.PROPOSED, proposal.categories(), proposal.responseTimeHours(), proposal.readingHours(),
				proposal.crisisInstructions(), proposal.duringAbsences(), proposal.reviewDate(),
				proposal.riskEmailAlerts(), now, null, null, null, null);
		this.store.insert(agreement);
		this.audit.record(therapist.id(), ContactAudit.CONTACT_AGREEMENT_PROPOSED, client.id(), ITEM_TYPE,
				agreement.id().toString());
		return agreement;
	}

	/**
	 * The client's agreements: with their current therapist the one in force and the open
	 * proposal; every other one (also with an earlier therapist) in the history.
	 */
	@Transactional(readOnly = true)
	public AgreementOverview forClient(CurrentUser client) {
		client.requireClient();
		UUID therapistId = this.links.therapistOf(client).map(TherapistRef::id).orElse(null);
		return overview(this.store.of(client.id(), null, false), therapistId);
	}

	/** A linked client's agreements with this therapist (404 unless linked). */
	@Transactional(readOnly = true)
	public AgreementOverview forTherapist(CurrentUser therapist, UUID clientId) {
		LinkedClient client = this.links.requireLinkedClient(therapist, clientId);
		return overview(this.store.of(client.id(), client.therapistId(), false), client.therapistId());
	}

	/**
	 * When the therapist was e-mailed about this client under an agreed risk alert in the
	 * last {@code days} days, newest first (404 unless linked).
	 */
	@Transactional(readOnly = true)
	public List<Instant> alertsSent(CurrentUser therapist, UUID clientId, int days) {
		LinkedClient client = this.links.requireLinkedClient(therapist, clientId);
		return this.store.alertsSince(client.id(), client.therapistId(), now().minus(days, ChronoUnit.DAYS));
	}

	/** The agreement in force between the client and their current therapist, if any. */
	@Transactional(readOnly = true)
	public Optional<ContactAgreement> activeFor(CurrentUser client) {
		client.requireClient();
		return this.links.therapistOf(client)
			.flatMap((therapist) -> this.store.of(client.id(), therapist.id(), false)
				.stream()
				.filter(IN_FORCE)
				.findFirst());
	}

	/** The agreement in force between a checked link's client and therapist, if any. */
	@Transactional(readOnly = true)
	public Optional<ContactAgreement> activeFor(LinkedClient client) {
		return this.store.of(client.id(), client.therapistId(), false).stream().filter(IN_FORCE).findFirst();
	}

	/**
	 * The client accepts their open proposal: it is in force from now, the one before is
	 * superseded. Accepting the agreement in force again changes nothing; a proposal that
	 * is no longer open (replaced, superseded, or from an earlier therapist) is 409.
	 */
	@Transactional
	public ContactAgreement accept(CurrentUser client, UUID id) {
		ContactAgreement agreement = lockedOwn(client, id);
		if (agreement.status() == AgreementStatus.ACCEPTED) {
			return agreement;
		}
		requireOpenWithCurrentTherapist(client, agreement);
		Instant now = now();
		this.store.of(client.id(), agreement.therapistId(), false)
			.stream()
			.filter(IN_FORCE)
			.forEach((before) -> this.store.ended(before.id(), AgreementStatus.SUPERSEDED, now));
		this.store.accepted(id, now);
		this.audit.record(client.id(), ContactAudit.CONTACT_AGREEMENT_ACCEPTED, client.id(), ITEM_TYPE, id.toString());
		return this.store.find(id).orElseThrow(NotFoundException::new);
	}

	/**
	 * "Let's talk about it": the proposal goes on the agenda of the client's next session
	 * (a journal entry marked for the session and shared, whose title the therapist sees
	 * there) and stays open, to be accepted later. Asking again changes nothing; only a
	 * proposal can be talked about (409 otherwise).
	 */
	@Transactional
	public ContactAgreement discuss(CurrentUser client, UUID id) {
		ContactAgreement agreement = lockedOwn(client, id);
		if (agreement.status() == AgreementStatus.DISCUSS) {
			return agreement;
		}
		if (agreement.status() != AgreementStatus.PROPOSED) {
			throw new ConflictException("contact.agreement.notOpen");
		}
		requireOpenWithCurrentTherapist(client, agreement);
		JournalEntry entry = this.journal.write(client, agendaEntry(client, agreement));
		this.store.discussed(id, now(), entry.id());
		this.audit.record(client.id(), ContactAudit.CONTACT_AGREEMENT_DISCUSS, client.id(), ITEM_TYPE, id.toString());
		return this.store.find(id).orElseThrow(NotFoundException::new);
	}

	/**
	 * The journal entry that puts the proposal on the agenda, in the client's words-to-be
	 * (they may change or delete it in their journal). Intensity 0: this is a note, not a
	 * feeling they rated.
	 */
	private NewJournalEntry agendaEntry(CurrentUser client, ContactAgreement agreement) {
		String therapist = this.accounts.displayName(agreement.therapistId()).orElse("");
		String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(client.locale())
			.format(agreement.proposedAt().atZone(client.zone()));
		String title = this.messages.getMessage("contact.agenda.title", null, client.locale());
		String body = this.messages.getMessage("contact.agenda.body", new Object[] { therapist, day }, client.locale());
		return new NewJournalEntry(title, body, 0, true, true);
	}

	/**
	 * The client's own agreement, its rows locked for the answer; 404 for anyone else's.
	 */
	private ContactAgreement lockedOwn(CurrentUser client, UUID id) {
		client.requireClient();
		return this.store.of(client.id(), null, true)
			.stream()
			.filter((a) -> a.id().equals(id))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	private void requireOpenWithCurrentTherapist(CurrentUser client, ContactAgreement agreement) {
		boolean current = this.links.therapistOf(client)
			.map((t) -> t.id().equals(agreement.therapistId()))
			.orElse(false);
		if (!agreement.status().open() || !current) {
			throw new ConflictException("contact.agreement.notOpen");
		}
	}

	/** Newest first: in force and open with {@code therapistId}; the rest is history. */
	private static AgreementOverview overview(List<ContactAgreement> agreements, UUID therapistId) {
		Predicate<ContactAgreement> withTherapist = (a) -> a.therapistId().equals(therapistId);
		ContactAgreement active = agreements.stream().filter(IN_FORCE.and(withTherapist)).findFirst().orElse(null);
		ContactAgreement proposed = agreements.stream().filter(OPEN.and(withTherapist)).findFirst().orElse(null);
		List<ContactAgreement> history = agreements.stream().filter((a) -> a != active && a != proposed).toList();
		return new AgreementOverview(active, proposed, history);
	}

	private Instant now() {
		// Micro-seconds survive the round trip through both databases unchanged.
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
