package org.between.sessions;

import org.between.policy.PolicyTerms;

import org.between.policy.Policies;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.shared.ConflictException;
import org.between.shared.InvalidInputException;
import org.between.shared.InvalidInputException.FieldProblem;
import org.between.shared.NotFoundException;
import org.between.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions between a therapist and a client: generated from standing appointments, or
 * booked one at a time; cancelled under the policy in force; attended (actual start and
 * end recorded by the therapist). Only the two people of a session see it; everyone else
 * gets 404.
 */
@Service
public class Sessions {

	/** Standing appointments keep at least this many weeks of sessions ahead. */
	public static final int WEEKS_AHEAD = 12;

	/** A therapist read a client's sessions (audit log). */
	static final String READ_ACTION = "SESSIONS_READ";

	static final String READ_ITEM_TYPE = "SESSIONS";

	/** A one-off session may be recorded this many days after it was held. */
	public static final int RECORD_PAST_DAYS = 30;

	/** How far ahead a one-off session may be booked, and the longest listing. */
	public static final int MAX_DAYS = 400;

	public static final int MIN_MINUTES = 10;

	public static final int MAX_MINUTES = 240;

	public static final int REASON_MAX = 1000;

	public static final int LINK_MAX = 500;

	/**
	 * A recorded start may lie this far from the planned one (a session moved by hand).
	 */
	static final Duration ATTENDANCE_WINDOW = Duration.ofHours(12);

	private final SessionStore store;

	private final Policies policies;

	private final ClientLinks links;

	private final SessionChangeMail mail;

	private final AuditLog audit;

	private final Clock clock;

	Sessions(SessionStore store, Policies policies, ClientLinks links, SessionChangeMail mail, AuditLog audit,
			Clock clock) {
		this.mail = mail;
		this.audit = audit;
		this.store = store;
		this.policies = policies;
		this.links = links;
		this.clock = clock;
	}

	/**
	 * A standing appointment for a linked client, with its sessions for the next
	 * {@value #WEEKS_AHEAD} weeks; refused whole (409) if one of them would overlap a
	 * session the therapist already has.
	 */
	@Transactional
	public NewStanding standing(CurrentUser therapist, UUID clientId, StandingRequest request) {
		this.links.requireLinkedClient(therapist, clientId);
		ZoneId zone = therapist.zone();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		List<FieldProblem> problems = new ArrayList<>();
		DayOfWeek weekday = required(request.weekday(), "weekday", problems);
		LocalTime startTime = time(request.startTime(), problems);
		Integer minutes = minutes(request.durationMinutes(), problems);
		Integer every = request.everyWeeks();
		if (every == null || (every != 1 && every != 2)) {
			problems.add(new FieldProblem("everyWeeks", "sessions.everyWeeks.invalid"));
		}
		LocalDate start = required(request.startDate(), "startDate", problems);
		if (start != null && start.isBefore(today)) {
			problems.add(new FieldProblem("startDate", "sessions.startDate.past"));
		}
		if (start != null && start.isAfter(today.plusDays(MAX_DAYS))) {
			problems.add(new FieldProblem("startDate", "sessions.startDate.tooFar"));
		}
		if (start != null && request.endDate() != null && request.endDate().isBefore(start)) {
			problems.add(new FieldProblem("endDate", "sessions.endDate.beforeStart"));
		}
		String link = videoLink(request.videoLink(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		LocalDate horizon = horizon(today);
		this.store.lockCalendar(therapist.id());
		StandingAppointment appointment = new StandingAppointment(UUID.randomUUID(), therapist.id(), clientId, weekday,
				startTime, minutes, every, start, request.endDate(), zone, link, horizon);
		this.store.insert(appointment, now());
		List<SessionView> made = new ArrayList<>();
		for (ZonedDateTime at : appointment.occurrences(null, horizon)) {
			if (!at.toInstant().isAfter(now())) {
				continue; // today's time has already passed
			}
			SessionView session = scheduled(appointment, at.toInstant());
			requireFree(therapist.id(), session.startsAt(), session.endsAt());
			this.store.insert(session, null, now());
			made.add(session);
		}
		return new NewStanding(appointment, made);
	}

	/**
	 * The standing appointments of a client: the therapist's for that client, or the
	 * client's own.
	 */
	@Transactional
	public List<StandingAppointment> standingAppointments(CurrentUser me, UUID clientId) {
		if (me.isClient()) {
			if (clientId != null && !clientId.equals(me.id())) {
				throw new NotFoundException();
			}
			return this.store.standingForClient(me.id());
		}
		readBy(me, clientId);
		return this.store.standingOf(me.id(), clientId);
	}

	/**
	 * A linked client's sessions as their therapist's page shows them (standing
	 * appointments, every session oldest first, punctuality): one read in the client's
	 * audit log.
	 */
	@Transactional
	public ClientSessions ofClient(CurrentUser therapist, UUID clientId) {
		readBy(therapist, clientId);
		List<SessionView> sessions = this.store.ofClient(therapist.id(), clientId);
		return new ClientSessions(this.store.standingOf(therapist.id(), clientId), sessions, Punctuality.of(sessions));
	}

	/**
	 * A therapist reading a client's sessions: 404 unless actively linked, and a
	 * {@value #READ_ACTION} row in the client's audit log, in the caller's transaction.
	 */
	private void readBy(CurrentUser therapist, UUID clientId) {
		this.links.requireLinkedClient(therapist, clientId);
		this.audit.record(therapist.id(), READ_ACTION, clientId, READ_ITEM_TYPE, clientId.toString());
	}

	/**
	 * Ends a standing appointment today: its sessions still to come are taken off the
	 * calendar (they were never cancelled, so nobody is charged); past ones stay.
	 */
	@Transactional
	public int endStanding(CurrentUser therapist, UUID standingId) {
		return endStanding(therapist, null, standingId);
	}

	/**
	 * {@link #endStanding(CurrentUser, UUID)} for one client's appointment: 404 when it
	 * is not this client's (a null client: any of the therapist's).
	 */
	@Transactional
	public int endStanding(CurrentUser therapist, UUID clientId, UUID standingId) {
		StandingAppointment appointment = this.store.standing(standingId)
			.filter((a) -> a.therapistId().equals(therapist.id()))
			.filter((a) -> clientId == null || a.clientId().equals(clientId))
			.orElseThrow(NotFoundException::new);
		LocalDate today = LocalDate.now(this.clock.withZone(appointment.timeZone()));
		this.store.end(standingId, today, now());
		return this.store.deleteScheduledFrom(standingId, now());
	}

	/**
	 * Makes the sessions of running standing appointments up to {@value #WEEKS_AHEAD}
	 * weeks ahead. A generated time that clashes with a session booked meanwhile is
	 * skipped (the booked one was there first).
	 */
	@Transactional
	public int extendStandingAppointments() {
		int made = 0;
		LocalDate earliestHorizon = horizon(LocalDate.now(this.clock.withZone(ZoneId.of("Pacific/Kiritimati"))));
		for (StandingAppointment appointment : this.store.runningBefore(earliestHorizon)) {
			LocalDate horizon = horizon(LocalDate.now(this.clock.withZone(appointment.timeZone())));
			if (!appointment.generatedUntil().isBefore(horizon)) {
				continue;
			}
			this.store.lockCalendar(appointment.therapistId());
			for (ZonedDateTime at : appointment.occurrences(appointment.generatedUntil(), horizon)) {
				SessionView session = scheduled(appointment, at.toInstant());
				if (this.store.overlapping(appointment.therapistId(), session.startsAt(), session.endsAt()).isEmpty()) {
					this.store.insert(session, null, now());
					made++;
				}
			}
			this.store.generatedUntil(appointment.id(), horizon);
		}
		return made;
	}

	/**
	 * A one-off session (regular, make-up or extra) for a linked client. One that lies in
	 * the past (up to {@value #RECORD_PAST_DAYS} days) records a session that was held.
	 */
	@Transactional
	public SessionView book(CurrentUser therapist, UUID clientId, SessionRequest request) {
		this.links.requireLinkedClient(therapist, clientId);
		List<FieldProblem> problems = new ArrayList<>();
		Instant now = now();
		Instant startsAt = required(request.startsAt(), "startsAt", problems);
		if (startsAt != null && startsAt.isBefore(now.minus(Duration.ofDays(RECORD_PAST_DAYS)))) {
			problems.add(new FieldProblem("startsAt", "sessions.startsAt.tooLongAgo"));
		}
		if (startsAt != null && startsAt.isAfter(now.plus(Duration.ofDays(MAX_DAYS)))) {
			problems.add(new FieldProblem("startsAt", "sessions.startsAt.tooFar"));
		}
		Integer minutes = minutes(request.durationMinutes(), problems);
		SessionKind kind = (request.kind() != null) ? request.kind() : SessionKind.REGULAR;
		String link = videoLink(request.videoLink(), problems);
		if (request.makeUpFor() != null) {
			Optional<SessionView> original = this.store.session(request.makeUpFor())
				.filter((s) -> s.clientId().equals(clientId) && s.therapistId().equals(therapist.id()));
			if (original.isEmpty() || !original.get().status().isCancelled()) {
				problems.add(new FieldProblem("makeUpFor", "sessions.makeUpFor.invalid"));
			}
			else if (kind != SessionKind.MAKE_UP) {
				problems.add(new FieldProblem("kind", "sessions.kind.makeUp"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant endsAt = startsAt.plus(Duration.ofMinutes(minutes));
		this.store.lockCalendar(therapist.id());
		requireFree(therapist.id(), startsAt, endsAt);
		SessionStatus status = startsAt.isBefore(now) ? SessionStatus.HELD : SessionStatus.SCHEDULED;
		SessionView session = new SessionView(UUID.randomUUID(), clientId, therapist.id(), startsAt, endsAt, status,
				kind, link, null, null, null, null);
		this.store.insert(session, request.makeUpFor(), now);
		return session;
	}

	/**
	 * The caller's sessions starting between two calendar days in their zone (both
	 * inclusive) or two instants; without them, from today for {@value #WEEKS_AHEAD}
	 * weeks.
	 */
	@Transactional(readOnly = true)
	public List<SessionView> list(CurrentUser me, String from, String to) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = LocalDate.now(this.clock.withZone(me.zone()));
		Instant start = bound("from", from, me.zone(), false, problems);
		Instant end = bound("to", to, me.zone(), true, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (start == null) {
			start = today.atStartOfDay(me.zone()).toInstant();
		}
		if (end == null) {
			end = today.plusWeeks(WEEKS_AHEAD).plusDays(1).atStartOfDay(me.zone()).toInstant();
		}
		if (!start.isBefore(end)) {
			throw new InvalidInputException("from", "sessions.range.order");
		}
		if (Duration.between(start, end).compareTo(Duration.ofDays(MAX_DAYS + 1)) > 0) {
			throw new InvalidInputException("to", "sessions.range.tooLong");
		}
		return this.store.forUser(me.id(), start, end);
	}

	/** A session of the caller's (as client or therapist); 404 for anyone else's. */
	@Transactional(readOnly = true)
	public SessionView session(CurrentUser me, UUID id) {
		return this.store.session(id)
			.filter((s) -> s.clientId().equals(me.id()) || s.therapistId().equals(me.id()))
			.orElseThrow(NotFoundException::new);
	}

	/** The next sessions of the caller not yet begun, soonest first. */
	@Transactional(readOnly = true)
	public List<SessionView> upcoming(CurrentUser me, int limit) {
		return this.store.upcoming(me.id(), now(), Math.max(1, Math.min(limit, 100)));
	}

	/**
	 * Every session of a client with the therapist (or the client's own), oldest first.
	 */
	@Transactional
	public List<SessionView> history(CurrentUser me, UUID clientId) {
		if (me.isClient()) {
			return this.store.ofClient(null, me.id());
		}
		readBy(me, clientId);
		return this.store.ofClient(me.id(), clientId);
	}

	/** What cancelling now would mean, without cancelling. */
	@Transactional(readOnly = true)
	public CancellationRuling preview(CurrentUser me, UUID id) {
		SessionView session = cancellable(me, id);
		return ruling(me, session, null);
	}

	/**
	 * Cancels a session not yet begun. The ruling (late or not, fee, slot held, make-up
	 * offered, the policy version that decided it) is stored with the session, and the
	 * other person is told by e-mail (without any detail).
	 */
	@Transactional
	public CancellationRuling cancel(CurrentUser me, UUID id, String reason) {
		if (reason != null && reason.codePointCount(0, reason.length()) > REASON_MAX) {
			throw new InvalidInputException("reason", "sessions.reason.tooLong");
		}
		SessionView session = cancellable(me, id);
		CancellationRuling ruling = ruling(me, session, blankToNull(reason));
		this.store.ruling(id, ruling);
		this.mail.cancelled(session, me);
		return ruling;
	}

	/**
	 * The therapist records that the client did not come; judged like a late
	 * cancellation.
	 */
	@Transactional
	public SessionView noShow(CurrentUser therapist, UUID id) {
		SessionView session = ownAsTherapist(therapist, id);
		if (session.startsAt().isAfter(now())) {
			throw new RuleViolationException(null, "sessions.noShow.notYet");
		}
		if (session.status() != SessionStatus.SCHEDULED) {
			throw new ConflictException("sessions.conflict.notScheduled");
		}
		this.store.ruling(id,
				CancellationRules.noShow(
						this.policies.inForce(session.therapistId(), session.clientId(), session.startsAt()), now(),
						therapist.id()));
		return this.store.session(id).orElseThrow();
	}

	/**
	 * The actual start and (once known) end, recorded by the session's therapist; the
	 * session is HELD from then on. Times may be corrected later.
	 */
	@Transactional
	public SessionView attendance(CurrentUser therapist, UUID id, Instant startedAt, Instant endedAt) {
		return attendance(ownAsTherapist(therapist, id), startedAt, endedAt);
	}

	private SessionView attendance(SessionView session, Instant startedAt, Instant endedAt) {
		List<FieldProblem> problems = new ArrayList<>();
		Instant now = now();
		if (startedAt == null) {
			problems.add(new FieldProblem("startedAt", "sessions.startedAt.required"));
		}
		else {
			if (startedAt.isAfter(now)) {
				problems.add(new FieldProblem("startedAt", "sessions.startedAt.future"));
			}
			if (Duration.between(session.startsAt(), startedAt).abs().compareTo(ATTENDANCE_WINDOW) > 0) {
				problems.add(new FieldProblem("startedAt", "sessions.startedAt.farFromPlan"));
			}
		}
		if (endedAt != null) {
			if (endedAt.isAfter(now)) {
				problems.add(new FieldProblem("endedAt", "sessions.endedAt.future"));
			}
			if (startedAt != null && !endedAt.isAfter(startedAt)) {
				problems.add(new FieldProblem("endedAt", "sessions.endedAt.beforeStart"));
			}
			if (startedAt != null && Duration.between(startedAt, endedAt).compareTo(Duration.ofHours(6)) > 0) {
				problems.add(new FieldProblem("endedAt", "sessions.endedAt.tooLong"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (session.status() != SessionStatus.SCHEDULED && session.status() != SessionStatus.HELD) {
			throw new ConflictException("sessions.conflict.cancelled");
		}
		this.store.attendance(session.id(), startedAt, endedAt);
		return this.store.session(session.id()).orElseThrow();
	}

	/** One tap at the start of a session: started now. */
	@Transactional
	public SessionView started(CurrentUser therapist, UUID id) {
		SessionView session = ownAsTherapist(therapist, id);
		return attendance(session, now(), session.endedAt());
	}

	/**
	 * One tap at the end: ended now (started at the planned time if no start was
	 * recorded).
	 */
	@Transactional
	public SessionView ended(CurrentUser therapist, UUID id) {
		SessionView session = ownAsTherapist(therapist, id);
		Instant started = (session.startedAt() != null) ? session.startedAt() : session.startsAt();
		return attendance(session, started, now());
	}

	@Transactional
	public SessionView videoLink(CurrentUser therapist, UUID id, String link) {
		ownAsTherapist(therapist, id);
		List<FieldProblem> problems = new ArrayList<>();
		String checked = videoLink(link, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.store.videoLink(id, checked);
		return this.store.session(id).orElseThrow();
	}

	/**
	 * Punctuality over all sessions: the client's own, or the therapist's with one client
	 * (or with all their clients when none is given).
	 */
	@Transactional
	public Punctuality punctuality(CurrentUser me, UUID clientId) {
		if (me.isClient()) {
			if (clientId != null && !clientId.equals(me.id())) {
				throw new NotFoundException();
			}
			return Punctuality.of(this.store.ofClient(null, me.id()));
		}
		if (clientId == null) {
			return Punctuality.of(this.store.ofTherapist(me.id()));
		}
		readBy(me, clientId);
		return Punctuality.of(this.store.ofClient(me.id(), clientId));
	}

	/** The last HELD session of this pair that started before {@code before}. */
	@Transactional(readOnly = true)
	public Optional<SessionView> lastHeldBefore(UUID therapistId, UUID clientId, Instant before) {
		return this.store.lastHeldBefore(therapistId, clientId, before);
	}

	/** Sessions of this pair starting in {@code [from, to)}, any status, oldest first. */
	@Transactional(readOnly = true)
	public List<SessionView> between(UUID therapistId, UUID clientId, Instant from, Instant to) {
		return this.store.between(therapistId, clientId, from, to);
	}

	/** Sessions where the user is client or therapist starting in {@code [from, to)}. */
	@Transactional(readOnly = true)
	public List<SessionView> forUser(UUID userId, Instant from, Instant to) {
		return this.store.forUser(userId, from, to);
	}

	/** Start instants of the client's HELD sessions, oldest first (for insights). */
	@Transactional(readOnly = true)
	public List<Instant> heldStarts(UUID clientId) {
		return this.store.heldStarts(clientId);
	}

	private CancellationRuling ruling(CurrentUser me, SessionView session, String reason) {
		Optional<PolicyTerms> terms = this.policies.inForce(session.therapistId(), session.clientId(), now());
		return me.id().equals(session.clientId())
				? CancellationRules.byClient(terms, session.startsAt(), now(), me.id(), reason)
				: CancellationRules.byTherapist(terms, session.startsAt(), now(), me.id(), reason);
	}

	private SessionView cancellable(CurrentUser me, UUID id) {
		SessionView session = session(me, id);
		if (!session.startsAt().isAfter(now())) {
			throw new RuleViolationException(null, "sessions.cancel.alreadyBegun");
		}
		if (session.status() != SessionStatus.SCHEDULED) {
			throw new ConflictException("sessions.conflict.notScheduled");
		}
		return session;
	}

	private SessionView ownAsTherapist(CurrentUser therapist, UUID id) {
		return this.store.session(id)
			.filter((s) -> s.therapistId().equals(therapist.id()))
			.orElseThrow(NotFoundException::new);
	}

	private void requireFree(UUID therapistId, Instant from, Instant to) {
		if (!this.store.overlapping(therapistId, from, to).isEmpty()) {
			throw new ConflictException("sessions.conflict.overlap");
		}
	}

	private SessionView scheduled(StandingAppointment a, Instant startsAt) {
		return new SessionView(UUID.randomUUID(), a.clientId(), a.therapistId(), startsAt,
				startsAt.plus(Duration.ofMinutes(a.durationMinutes())), SessionStatus.SCHEDULED, SessionKind.REGULAR,
				a.videoLink(), null, null, a.id(), null);
	}

	private static LocalDate horizon(LocalDate today) {
		return today.plusWeeks(WEEKS_AHEAD);
	}

	private static <T> T required(T value, String field, List<FieldProblem> problems) {
		if (value == null) {
			problems.add(new FieldProblem(field, "sessions.required"));
		}
		return value;
	}

	private static LocalTime time(String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem("startTime", "sessions.required"));
			return null;
		}
		try {
			return LocalTime.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem("startTime", "sessions.startTime.invalid"));
			return null;
		}
	}

	private static Integer minutes(Integer minutes, List<FieldProblem> problems) {
		if (minutes == null || minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
			problems.add(new FieldProblem("durationMinutes", "sessions.durationMinutes.range"));
		}
		return minutes;
	}

	/** An https link to the therapist's own video service, or nothing. */
	static String videoLink(String text, List<FieldProblem> problems) {
		String link = blankToNull(text);
		if (link == null) {
			return null;
		}
		try {
			URI uri = new URI(link);
			if (link.length() > LINK_MAX || !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
				problems.add(new FieldProblem("videoLink", "sessions.videoLink.invalid"));
			}
		}
		catch (URISyntaxException ex) {
			problems.add(new FieldProblem("videoLink", "sessions.videoLink.invalid"));
		}
		return link;
	}

	private static Instant bound(String field, String text, ZoneId zone, boolean end, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			if (text.length() == 10) {
				LocalDate day = LocalDate.parse(text);
				return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
			}
			return java.time.OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "sessions.range.invalid"));
			return null;
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private Instant now() {
		return this.clock.instant();
	}

	/** What a standing appointment asks for; times are in the therapist's zone. */
	public record StandingRequest(DayOfWeek weekday, String startTime, Integer durationMinutes, Integer everyWeeks,
			LocalDate startDate, LocalDate endDate, String videoLink) {
	}

	/**
	 * A one-off session; {@code makeUpFor} names the cancelled session it makes up for.
	 */
	public record SessionRequest(Instant startsAt, Integer durationMinutes, SessionKind kind, String videoLink,
			UUID makeUpFor) {
	}

	public record NewStanding(StandingAppointment appointment, List<SessionView> sessions) {
	}

}
