package org.between.endings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.journal.Journal;
import org.between.sessions.SessionHeld;
import org.between.sessions.Sessions;
import org.between.shared.ConflictException;
import org.between.shared.InputProblems;
import org.between.shared.NotFoundException;
import org.between.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Endings agreed, not announced (PRODUCT.md "endings"). A planned ending gives the notice
 * ({@link EndingNotice}); an unplanned one (the therapist moves, is ill, closes the
 * practice) may come sooner, needs a referral and tells the client plainly why. Proposing
 * reshapes the standing appointments through {@link Sessions#reshapeForEnding} (a taper
 * must leave the sessions the notice agreed, else 422 and nothing changes), puts the
 * ending on the client's home at once and e-mails them that there is a note. The client
 * may ask to talk about it (it goes on their agenda through {@link Journal#bringUp}).
 * Once the last session is over the link ends ({@link ClientLinks#endLink}): every
 * therapist endpoint for the client answers 404 from then on.
 */
@Service
public class Endings {

	public static final int REASON_MAX = 2000;

	public static final int FOLLOW_UP_MAX_WEEKS = 26;

	/** How far ahead sessions are counted for the earliest day. */
	static final int LOOK_AHEAD_DAYS = 400;

	private final EndingStore store;

	private final Referrals referrals;

	private final Sessions sessions;

	private final Journal journal;

	private final ClientLinks links;

	private final Accounts accounts;

	private final AuditLog audit;

	private final EndingMail mail;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final EndingNotice notice;

	private final Clock clock;

	Endings(EndingStore store, Referrals referrals, Sessions sessions, Journal journal, ClientLinks links,
			Accounts accounts, AuditLog audit, EndingMail mail, MessageSource messages,
			ApplicationEventPublisher events, EndingsSettings settings, Clock clock) {
		this.store = store;
		this.referrals = referrals;
		this.sessions = sessions;
		this.journal = journal;
		this.links = links;
		this.accounts = accounts;
		this.audit = audit;
		this.mail = mail;
		this.messages = messages;
		this.events = events;
		this.notice = new EndingNotice(settings.noticeDays(), settings.noticeSessions());
		this.clock = clock;
	}

	/**
	 * A therapist proposes an ending for a linked client (404 otherwise). 400 for bad
	 * fields; 422 for a last day in the past or, planned, inside the notice (with the
	 * earliest day), for an unplanned ending without a referral, and for a taper that
	 * would leave fewer sessions than the notice agreed; 409 while another is open.
	 */
	@Transactional
	public Ending propose(CurrentUser therapist, UUID clientId, EndingRequest request) {
		LinkedClient client = this.links.requireLinkedClient(therapist, clientId);
		ZoneId zone = therapist.zone();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		check(request, today);
		if (this.store.openOf(client.therapistId(), client.id()).isPresent()) {
			throw new ConflictException("endings.alreadyOpen");
		}
		LocalDate last = request.lastSessionDate();
		List<LocalDate> ahead = this.sessions.sessionDaysAhead(client, zone, later(last, today));
		boolean planned = request.kind() == EndingKind.PLANNED;
		if (last.isBefore(today)) {
			throw EndingNoticeException.past(planned ? this.notice.earliest(today, ahead) : today);
		}
		if (planned) {
			this.notice.require(last, today, ahead);
		}
		else if ((request.referrals() == null || request.referrals().isEmpty()) && !this.referrals.hasOne(client)) {
			throw new RuleViolationException("referrals", "endings.referrals.required");
		}
		int agreed = Math.min(this.notice.noticeSessions(), EndingNotice.sessionsUpTo(last, ahead));
		this.sessions.reshapeForEnding(client, last, request.taper());
		int left = this.sessions.sessionDaysAhead(client, zone, last).size();
		if (request.taper() != null && left < agreed) {
			throw new RuleViolationException("taper", "endings.taper.tooFew",
					Map.of("sessionsLeft", left, "sessionsAgreed", agreed), left, agreed);
		}
		Instant now = now();
		Ending ending = new Ending(UUID.randomUUID(), client.therapistId(), client.id(), request.kind(),
				planned ? null : request.unplannedReason(), request.reason().strip(), last, zone,
				(request.taper() != null) ? request.taper().everyWeeks() : null,
				(request.taper() != null) ? request.taper().from() : null,
				(request.followUpWeeks() != null) ? last.plusWeeks(request.followUpWeeks()) : null, now,
				(int) ChronoUnit.DAYS.between(today, last), left, null, null, 0, false);
		this.store.insert(ending);
		if (request.referrals() != null) {
			request.referrals().forEach((r) -> this.referrals.record(client, ending.id(), r));
		}
		this.audit.record(therapist.id(), EndingsAudit.ENDING_PROPOSED, client.id(), EndingsAudit.ENDING,
				ending.id().toString());
		this.mail.proposed(client.id());
		this.events.publishEvent(new EndingNoticeGiven(ending.id(), ending.therapistId(), ending.clientId(),
				ending.kind(), last, ending.noticeDays(), left));
		return counted(ending);
	}

	/**
	 * The ending of a linked client as their therapist reads it (one audited read), or
	 * empty when there is none open.
	 */
	@Transactional
	public Optional<Ending> ofClient(CurrentUser therapist, UUID clientId) {
		LinkedClient client = this.links.requireLinkedClient(therapist, clientId);
		Optional<Ending> ending = this.store.openOf(client.therapistId(), client.id()).map(this::counted);
		ending.ifPresent((e) -> this.audit.record(therapist.id(), EndingsAudit.ENDING_READ, client.id(),
				EndingsAudit.ENDING, e.id().toString()));
		return ending;
	}

	/** The client's open ending, or else their latest one; empty when there was none. */
	@Transactional(readOnly = true)
	public Optional<Ending> forClient(CurrentUser client) {
		return this.store.latestOfClient(client.requireClient().id()).map(this::counted);
	}

	/**
	 * The client asks to talk about the ending: once per ending, it goes on the agenda of
	 * their next session (a private journal entry to bring along, which they may change
	 * or delete), and the therapist sees that they asked. 404 without an open ending.
	 */
	@Transactional
	public Ending discuss(CurrentUser client) {
		Ending ending = this.store.latestOfClient(client.requireClient().id())
			.filter(Ending::open)
			.orElseThrow(NotFoundException::new);
		if (ending.discussRequestedAt() == null) {
			this.journal.bringUp(client, this.messages.getMessage("endings.agenda.title", null, client.locale()),
					this.messages.getMessage("endings.agenda.body", null, client.locale()));
			this.store.discussRequested(ending.id(), now());
		}
		return this.store.latestOfClient(client.id()).map(this::counted).orElseThrow();
	}

	/**
	 * A session was recorded as held: when it is the last of an open ending (nothing
	 * scheduled is left up to the closing day, and it is on or after the follow-up when
	 * one is planned), the ending closes and the link ends. Answers whether it did.
	 */
	@Transactional
	public boolean closeAfter(SessionHeld held) {
		Optional<Ending> open = this.store.openOf(held.therapistId(), held.clientId());
		if (open.isEmpty() || held.startsAt().isBefore(open.get().proposedAt())) {
			return false;
		}
		Ending ending = open.get();
		LocalDate day = held.startsAt().atZone(ending.zone()).toLocalDate();
		if (ending.followUpDate() != null && day.isBefore(ending.followUpDate())) {
			return false;
		}
		return nothingLeft(ending) && close(ending);
	}

	/**
	 * The hourly round for what no event closed (a last session cancelled, an event
	 * missed): every open ending whose closing day is over in its zone and that has no
	 * session left closes. Answers how many did.
	 */
	@Transactional
	public int closeDue() {
		int closed = 0;
		for (Ending ending : this.store
			.openClosingBefore(LocalDate.now(this.clock.withZone(ZoneOffset.UTC)).plusDays(1))) {
			boolean over = ending.closingDay().isBefore(LocalDate.now(this.clock.withZone(ending.zone())));
			if (over && nothingLeft(ending) && close(ending)) {
				closed++;
			}
		}
		return closed;
	}

	/**
	 * The therapist's own endings proposed in {@code [from, to)}, for their consistency
	 * record (about themselves: no client data, no audit row).
	 */
	@Transactional(readOnly = true)
	public EndingsRecord recordOf(CurrentUser therapist, Instant from, Instant to) {
		List<Ending> endings = this.store.proposedBy(therapist.requireTherapist().id(), from, to);
		List<Referral> referrals = this.referrals.ofTherapistIn(therapist.id(), from, to);
		return new EndingsRecord(endings.size(),
				(int) endings.stream().filter((e) -> e.kind() == EndingKind.UNPLANNED).count(),
				(int) endings.stream().filter(this::sooner).count(),
				endings.stream().map(Ending::noticeDays).min(Integer::compare).orElse(null), referrals.size(),
				(int) referrals.stream().filter((r) -> r.status().closed()).count());
	}

	/** The notice in force: days and sessions (for the pages). */
	public int noticeDays() {
		return this.notice.noticeDays();
	}

	public int noticeSessions() {
		return this.notice.noticeSessions();
	}

	/**
	 * How many sessions of the pair's open ending are left from {@code day} on (that day
	 * included), when the day is on or before its closing day; else empty. For the marks
	 * on the sessions pages, which the two people of the session ask for.
	 */
	Optional<Integer> sessionsLeftFrom(UUID therapistId, UUID clientId, LocalDate day) {
		return this.store.openOf(therapistId, clientId)
			.filter((e) -> !day.isAfter(e.closingDay()))
			.map((e) -> (int) this.sessions
				.ownSessionDaysAhead(this.accounts.refresh(clientId), therapistId, e.zone(), e.closingDay())
				.stream()
				.filter((d) -> !d.isBefore(day))
				.count());
	}

	/** The zone of the pair's open ending, if there is one. */
	Optional<ZoneId> openZone(UUID therapistId, UUID clientId) {
		return this.store.openOf(therapistId, clientId).map(Ending::zone);
	}

	private boolean close(Ending ending) {
		if (!this.store.close(ending.id(), now())) {
			return false;
		}
		this.links.endLink(ending.therapistId(), ending.clientId());
		this.events.publishEvent(new LinkEnded(ending.id(), ending.therapistId(), ending.clientId()));
		return true;
	}

	private boolean nothingLeft(Ending ending) {
		return this.sessions
			.ownSessionDaysAhead(this.accounts.refresh(ending.clientId()), ending.therapistId(), ending.zone(),
					ending.closingDay())
			.isEmpty();
	}

	/** The ending with its sessions left now (none once closed). */
	private Ending counted(Ending ending) {
		int left = ending.open() ? this.sessions
			.ownSessionDaysAhead(this.accounts.refresh(ending.clientId()), ending.therapistId(), ending.zone(),
					ending.closingDay())
			.size() : 0;
		return ending.withSessionsLeft(left, sooner(ending));
	}

	private boolean sooner(Ending ending) {
		return ending.noticeDays() < this.notice.noticeDays() || ending.noticeSessions() < this.notice.noticeSessions();
	}

	/** The field rules, each noted at its field (400). */
	private void check(EndingRequest r, LocalDate today) {
		InputProblems problems = new InputProblems();
		if (r == null) {
			problems.add("kind", "endings.kind.required").throwIfAny();
		}
		problems.require(r.kind() != null, "kind", "endings.kind.required");
		problems.require(r.lastSessionDate() != null, "lastSessionDate", "endings.lastSessionDate.required");
		problems.require(r.lastSessionDate() == null || !r.lastSessionDate().isAfter(today.plusDays(LOOK_AHEAD_DAYS)),
				"lastSessionDate", "endings.lastSessionDate.tooFar");
		problems.require(r.reason() != null && !r.reason().isBlank(), "reason", "endings.reason.required");
		problems.require(r.reason() == null || r.reason().length() <= REASON_MAX, "reason", "endings.reason.tooLong");
		problems.require(r.kind() != EndingKind.UNPLANNED || r.unplannedReason() != null, "unplannedReason",
				"endings.unplannedReason.required");
		if (r.taper() != null) {
			r.taper().check(today, r.lastSessionDate(), problems);
		}
		problems.require(
				r.followUpWeeks() == null || (r.followUpWeeks() >= 1 && r.followUpWeeks() <= FOLLOW_UP_MAX_WEEKS),
				"followUpWeeks", "endings.followUpWeeks.range");
		if (r.referrals() != null) {
			problems.require(r.referrals().size() <= Referrals.MAX_AT_ONCE, "referrals", "endings.referrals.tooMany");
			for (int i = 0; i < r.referrals().size() && i < Referrals.MAX_AT_ONCE; i++) {
				Referrals.check(r.referrals().get(i), "referrals[" + i + "].", problems);
			}
		}
		problems.throwIfAny();
	}

	private static LocalDate later(LocalDate last, LocalDate today) {
		LocalDate horizon = today.plusDays(LOOK_AHEAD_DAYS);
		return (last != null && last.isAfter(horizon)) ? last : horizon;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
