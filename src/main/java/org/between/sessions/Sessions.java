package org.between.sessions;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.sessions.SessionValidation.Booking;
import org.between.sessions.SessionValidation.Range;
import org.between.shared.InputProblems;
import org.between.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.between.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions between a therapist and a client: generated from standing appointments, or
 * booked one at a time; cancelled under the policy in force; attended (actual start and
 * end recorded by the therapist). Only the two people of a session see it; everyone else
 * gets 404. A facade: the input rules are {@link SessionValidation}'s, the windows
 * {@link SessionWindows}', the booking lock {@link TherapistCalendar}'s, the
 * appointments' {@link StandingSchedule}'s and cancelling {@link Cancellations}'. Every
 * therapist read of a client's sessions writes its {@code SESSIONS_READ} row here,
 * whichever page or route asks.
 */
@Service
public class Sessions {

	/** Standing appointments keep at least this many weeks of sessions ahead. */
	public static final int WEEKS_AHEAD = 12;

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

	private final TherapistCalendar calendar;

	private final StandingSchedule schedule;

	private final Cancellations cancellations;

	private final AbsenceCancellations away;

	private final EndingReshape endings;

	private final ApplicationEventPublisher events;

	private final ClientLinks links;

	private final AuditLog audit;

	private final Clock clock;

	private final TapStore taps;

	Sessions(SessionStore store, TherapistCalendar calendar, StandingSchedule schedule, Cancellations cancellations,
			AbsenceCancellations away, EndingReshape endings, ApplicationEventPublisher events, ClientLinks links,
			AuditLog audit, Clock clock, TapStore taps) {
		this.taps = taps;
		this.store = store;
		this.calendar = calendar;
		this.schedule = schedule;
		this.cancellations = cancellations;
		this.away = away;
		this.endings = endings;
		this.events = events;
		this.links = links;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A standing appointment for a linked client, with its sessions for the next
	 * {@value #WEEKS_AHEAD} weeks; refused whole (409) if one of them would overlap a
	 * session the therapist already has.
	 */
	@Transactional
	public NewStanding standing(CurrentUser therapist, UUID clientId, StandingRequest request) {
		return this.schedule.make(therapist, this.links.requireLinkedClient(therapist, clientId), request);
	}

	/**
	 * The standing appointments of a client: the therapist's for that client, or the
	 * client's own.
	 */
	@Transactional
	public List<StandingAppointment> standingAppointments(CurrentUser me, UUID clientId) {
		if (me.isClient()) {
			return this.store.standingForClient(own(me, clientId));
		}
		LinkedClient client = readBy(me, clientId);
		return this.store.standingOf(client.therapistId(), client.id());
	}

	/**
	 * The standing appointments of a checked link's pair, for another module's therapist
	 * view that writes its own audit row (the client's summary page).
	 */
	@Transactional(readOnly = true)
	public List<StandingAppointment> standingOf(LinkedClient client) {
		return this.store.standingOf(client.therapistId(), client.id());
	}

	/**
	 * A linked client's sessions as their therapist's page shows them (standing
	 * appointments, every session oldest first, punctuality): one read in the client's
	 * audit log.
	 */
	@Transactional
	public ClientSessions ofClient(CurrentUser therapist, UUID clientId) {
		LinkedClient client = readBy(therapist, clientId);
		List<SessionView> sessions = this.store.ofClient(client.therapistId(), client.id());
		return new ClientSessions(this.store.standingOf(client.therapistId(), client.id()), sessions,
				Punctuality.of(sessions));
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
		return this.schedule.end(therapist, clientId, standingId);
	}

	/**
	 * Makes the sessions of running standing appointments up to {@value #WEEKS_AHEAD}
	 * weeks ahead. A generated time that clashes with a session booked meanwhile is
	 * skipped (the booked one was there first).
	 */
	@Transactional
	public int extendStandingAppointments() {
		return this.schedule.extendAll();
	}

	/**
	 * A one-off session (regular, make-up or extra) for a linked client. One that lies in
	 * the past (up to {@value #RECORD_PAST_DAYS} days) records a session that was held.
	 */
	@Transactional
	public SessionView book(CurrentUser therapist, UUID clientId, SessionRequest request) {
		this.links.requireLinkedClient(therapist, clientId);
		Instant now = now();
		Optional<SessionView> original = Optional.ofNullable(request.makeUpFor())
			.flatMap(this.store::session)
			.filter((s) -> s.clientId().equals(clientId) && s.therapistId().equals(therapist.id()));
		Booking b = SessionValidation.booking(request, now, original);
		// A session that had ended when it was booked is recorded as held; one that is
		// still on
		// is scheduled until the therapist says how it went (a tap or the times).
		SessionStatus status = !b.endsAt().isAfter(now) ? SessionStatus.HELD : SessionStatus.SCHEDULED;
		SessionView session = new SessionView(UUID.randomUUID(), clientId, therapist.id(), b.startsAt(), b.endsAt(),
				status, b.kind(), b.videoLink(), null, null, null, null);
		this.calendar.book(session, request.makeUpFor(), now);
		return session;
	}

	/**
	 * The caller's sessions starting between two calendar days in their zone (both
	 * inclusive) or two instants; without them, from today for {@value #WEEKS_AHEAD}
	 * weeks.
	 */
	@Transactional(readOnly = true)
	public List<SessionView> list(CurrentUser me, String from, String to) {
		Range range = SessionValidation.range(from, to, me.zone(), LocalDate.now(this.clock.withZone(me.zone())));
		return this.store.forUser(me.id(), range.from(), range.to());
	}

	/** A session of the caller's (as client or therapist); 404 for anyone else's. */
	@Transactional(readOnly = true)
	public SessionView session(CurrentUser me, UUID id) {
		return this.store.session(id)
			.filter((s) -> s.clientId().equals(me.id()) || s.therapistId().equals(me.id()))
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * What the caller may do with one of their sessions now: the steps the other methods
	 * here would take, for the page to offer.
	 */
	@Transactional(readOnly = true)
	public SessionAffordances affordances(CurrentUser me, SessionView session) {
		boolean therapist = session.therapistId().equals(me.id());
		Instant lastTap = therapist ? this.taps.last(session.id()).map(TapStore.LastTap::tappedAt).orElse(null) : null;
		return SessionAffordances.of(session, therapist, now(), lastTap);
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
		LinkedClient client = readBy(me, clientId);
		return this.store.ofClient(client.therapistId(), client.id());
	}

	/** What cancelling now would mean, without cancelling. */
	@Transactional(readOnly = true)
	public CancellationRuling preview(CurrentUser me, UUID id) {
		return this.cancellations.preview(me, session(me, id), now());
	}

	/**
	 * Cancels a session not yet begun. The ruling (late or not, fee, slot held, make-up
	 * offered, the policy version that decided it and its first day) is stored with the
	 * session, and the other person is told by e-mail (without any detail).
	 */
	@Transactional
	public CancellationRuling cancel(CurrentUser me, UUID id, String reason) {
		String checked = SessionValidation.reason(reason);
		return this.cancellations.cancel(me, session(me, id), checked, now());
	}

	/**
	 * The therapist will be away on {@code days}: every session of theirs still scheduled
	 * that starts on one of those days (in the days' zone) and has not begun is cancelled
	 * by them (no fee, make-up offered, the ruling stored as for any therapist
	 * cancellation), without a per-session e-mail. Answers the cancelled sessions,
	 * soonest first. See {@link AbsenceCancellations}.
	 */
	@Transactional
	public List<SessionView> cancelForAbsence(CurrentUser therapist, AwayDays days, String reason) {
		therapist.requireTherapist();
		return this.away.cancel(therapist, days, SessionValidation.reason(reason), now(), null);
	}

	/**
	 * {@link #cancelForAbsence} for the sessions standing appointments generated after
	 * {@code generatedAfter} (the announcement): the weeks ahead are made as time passes,
	 * and those falling inside the days away are cancelled the same way. One-off sessions
	 * booked meanwhile are left alone: the therapist chose them.
	 */
	@Transactional
	public List<SessionView> cancelGeneratedForAbsence(CurrentUser therapist, AwayDays days, Instant generatedAfter,
			String reason) {
		therapist.requireTherapist();
		return this.away.cancel(therapist, days, SessionValidation.reason(reason), now(), generatedAfter);
	}

	/**
	 * The time away was withdrawn: those of the sessions (the ones it cancelled) that are
	 * still free are scheduled again with their ruling cleared; the others stay
	 * cancelled. Answers the restored sessions, soonest first. See
	 * {@link AbsenceCancellations}.
	 */
	@Transactional
	public List<SessionView> restoreAfterAbsence(CurrentUser therapist, Collection<UUID> sessionIds) {
		therapist.requireTherapist();
		return this.away.restore(therapist, sessionIds, now());
	}

	/**
	 * An ending was agreed: the pair's standing appointments end on {@code lastDay}, and
	 * with a taper meet every {@code everyWeeks} weeks from its first day (see
	 * {@link EndingReshape}). Answers the appointments made for the taper; 409 when one
	 * of their sessions would overlap another of the therapist's.
	 */
	@Transactional
	public List<StandingAppointment> reshapeForEnding(LinkedClient client, LocalDate lastDay, Taper taper) {
		return this.endings.reshape(client, lastDay, taper);
	}

	/**
	 * The days (in {@code zone}) of the pair's sessions still to come up to {@code until}
	 * inclusive, soonest first, counting those the standing appointments will make; for
	 * an ending's notice (the endings module checks the link and writes no read: no
	 * content of the sessions leaves here).
	 */
	@Transactional(readOnly = true)
	public List<LocalDate> sessionDaysAhead(LinkedClient client, ZoneId zone, LocalDate until) {
		return this.endings.daysAhead(client.therapistId(), client.id(), zone, until);
	}

	/**
	 * {@link #sessionDaysAhead(LinkedClient, ZoneId, LocalDate)} for the client's own
	 * sessions with {@code therapistId} (their current or former therapist).
	 */
	@Transactional(readOnly = true)
	public List<LocalDate> ownSessionDaysAhead(CurrentUser client, UUID therapistId, ZoneId zone, LocalDate until) {
		return this.endings.daysAhead(therapistId, client.requireClient().id(), zone, until);
	}

	/**
	 * The therapist records that the client did not come; judged like a late
	 * cancellation.
	 */
	@Transactional
	public SessionView noShow(CurrentUser therapist, UUID id) {
		SessionView session = ownAsTherapist(therapist, id);
		SessionView after = this.cancellations.noShow(therapist, session, now());
		this.taps.record(session, TapStore.Kind.NO_SHOW, now());
		return after;
	}

	/**
	 * The actual start and (once known) end, recorded by the session's therapist; the
	 * session is HELD from then on. Times may be corrected later.
	 */
	@Transactional
	public SessionView attendance(CurrentUser therapist, UUID id, Instant startedAt, Instant endedAt) {
		SessionView after = attendance(ownAsTherapist(therapist, id), startedAt, endedAt);
		// times written by hand replace what a tap said: nothing is left to undo
		this.taps.forget(id);
		return after;
	}

	/** One tap at the start of a session: started now (undoable for five minutes). */
	@Transactional
	public SessionView started(CurrentUser therapist, UUID id) {
		SessionView session = ownAsTherapist(therapist, id);
		SessionView after = attendance(session, now(), session.endedAt());
		this.taps.record(session, TapStore.Kind.STARTED, now());
		return after;
	}

	/**
	 * One tap at the end: ended now (started at the planned time if no start was
	 * recorded); undoable for five minutes. Pages ask first when the start was less than
	 * ten minutes ago ({@link SessionAffordances#confirmEnd()}).
	 */
	@Transactional
	public SessionView ended(CurrentUser therapist, UUID id) {
		SessionView session = ownAsTherapist(therapist, id);
		SessionView after = attendance(session, startedOrPlanned(session), now());
		this.taps.record(session, TapStore.Kind.ENDED, now());
		return after;
	}

	/**
	 * Takes back the session's last tap (started, ended, did not come) within five
	 * minutes of it: status and times are as before it (a no-show's ruling is cleared).
	 * 404 when it is not the therapist's session or there is no tap to undo; 422 once the
	 * five minutes have passed (the times can still be corrected).
	 */
	@Transactional
	public SessionView undoLastTap(CurrentUser therapist, UUID id) {
		ownAsTherapist(therapist, id);
		TapStore.LastTap tap = this.taps.last(id).orElseThrow(NotFoundException::new);
		if (!SessionTaps.undoable(tap.tappedAt(), now())) {
			throw new RuleViolationException(null, "sessions.undo.tooLate");
		}
		if (tap.kind() == TapStore.Kind.NO_SHOW) {
			this.store.clearRuling(id);
		}
		this.taps.restore(tap);
		this.taps.forget(id);
		return this.store.session(id).orElseThrow();
	}

	/**
	 * "I'm running late", said by the session's therapist from half an hour before its
	 * start until half an hour after ({@link SessionWindows#runningLateRefusal}): about
	 * {@code minutes} (5, 10, 15, 20 or 30; 400 otherwise) and whether the session will
	 * still have its full length. The client sees it on their home and the session page
	 * at once, and by e-mail only if they chose to. Said again, it replaces what was
	 * said. 404 for anyone but the session's therapist, 422 outside the window, 409 once
	 * the session is no longer scheduled.
	 */
	@Transactional
	public SessionView runningLate(CurrentUser therapist, UUID id, Integer minutes, Boolean fullLength) {
		SessionView session = ownAsTherapist(therapist, id);
		new InputProblems()
			.require(minutes != null && RunningLate.MINUTES.contains(minutes), "minutes",
					"sessions.runningLate.minutes")
			.require(fullLength != null, "fullLength", "sessions.runningLate.fullLength")
			.throwIfAny();
		Instant now = now();
		SessionWindows.runningLateRefusal(session, now).ifPresent(Sessions::refuse);
		RunningLate late = new RunningLate(minutes, fullLength, now);
		this.store.runningLate(id, late);
		return this.store.session(id).orElseThrow();
	}

	/**
	 * The client's session their therapist said they are running late for, if one is
	 * about to start or under way now (the home page's notice): said, not yet over.
	 */
	@Transactional(readOnly = true)
	public Optional<SessionView> runningLateNow(CurrentUser client) {
		Instant now = now();
		return this.store
			.forUser(client.id(), now.minus(Duration.ofHours(5)), now.plus(SessionWindows.LATE_NOTICE.plusMinutes(1)))
			.stream()
			.filter((s) -> s.clientId().equals(client.id()) && s.runningLate() != null)
			.filter((s) -> SessionWindows.isOpen(s) && s.endedAt() == null && s.startedAt() == null)
			.filter((s) -> now.isBefore(s.endsAt().plusSeconds(60L * s.runningLate().minutes())))
			.reduce((a, b) -> b);
	}

	@Transactional
	public SessionView videoLink(CurrentUser therapist, UUID id, String link) {
		ownAsTherapist(therapist, id);
		this.store.videoLink(id, SessionValidation.videoLink(link));
		return this.store.session(id).orElseThrow();
	}

	/**
	 * Punctuality over all sessions: the client's own, or the therapist's with one client
	 * (or with all their clients when none is given).
	 */
	@Transactional
	public Punctuality punctuality(CurrentUser me, UUID clientId) {
		if (me.isClient()) {
			return Punctuality.of(this.store.ofClient(null, own(me, clientId)));
		}
		if (clientId == null) {
			return Punctuality.of(this.store.ofTherapist(me.id()));
		}
		LinkedClient client = readBy(me, clientId);
		return Punctuality.of(this.store.ofClient(client.therapistId(), client.id()));
	}

	/**
	 * The last HELD session of a linked client with their therapist that started before
	 * {@code before} (for the brief, which writes its own audit row).
	 */
	@Transactional(readOnly = true)
	public Optional<SessionView> lastHeldBefore(LinkedClient client, Instant before) {
		return this.store.lastHeldBefore(client.therapistId(), client.id(), before);
	}

	/**
	 * Sessions of a linked client with their therapist starting in {@code [from, to)},
	 * any status, oldest first (for the brief, which writes its own audit row).
	 */
	@Transactional(readOnly = true)
	public List<SessionView> between(LinkedClient client, Instant from, Instant to) {
		return this.store.between(client.therapistId(), client.id(), from, to);
	}

	/**
	 * The user's own sessions (as client or therapist) starting in {@code [from, to)}:
	 * for their calendar feed, whose token names the user.
	 */
	@Transactional(readOnly = true)
	public List<SessionView> forUser(CurrentUser user, Instant from, Instant to) {
		return this.store.forUser(user.id(), from, to);
	}

	/**
	 * The therapist's own sessions starting in {@code [from, to)}, any status, oldest
	 * first, with their punctuality: for their consistency record, about themselves (no
	 * client is named in it, so it is not a read of one client's data).
	 */
	@Transactional(readOnly = true)
	public OwnRecord ownRecord(CurrentUser therapist, Instant from, Instant to) {
		therapist.requireTherapist();
		List<SessionView> list = this.store.ofTherapistBetween(therapist.id(), from, to);
		return new OwnRecord(list, Punctuality.of(list));
	}

	/** Start instants of the client's own HELD sessions, oldest first (for insights). */
	@Transactional(readOnly = true)
	public List<Instant> heldStarts(CurrentUser client) {
		return this.store.heldStarts(client.requireClient().id());
	}

	/** The recorded start, or the planned one while none is recorded. */
	static Instant startedOrPlanned(SessionView session) {
		return (session.startedAt() != null) ? session.startedAt() : session.startsAt();
	}

	private SessionView attendance(SessionView session, Instant startedAt, Instant endedAt) {
		SessionValidation.attendance(session, startedAt, endedAt, now());
		SessionWindows.attendanceRefusal(session).ifPresent(Sessions::refuse);
		this.store.attendance(session.id(), startedAt, endedAt);
		this.events
			.publishEvent(new SessionHeld(session.id(), session.therapistId(), session.clientId(), session.startsAt()));
		return this.store.session(session.id()).orElseThrow();
	}

	/**
	 * A therapist reading a client's sessions: 404 unless actively linked, and a
	 * {@code SESSIONS_READ} row in the client's audit log, in the caller's transaction.
	 */
	private LinkedClient readBy(CurrentUser therapist, UUID clientId) {
		LinkedClient client = this.links.requireLinkedClient(therapist, clientId);
		this.audit.record(therapist.id(), SessionsAudit.SESSIONS_READ, clientId, SessionsAudit.ITEM_TYPE,
				clientId.toString());
		return client;
	}

	/** A client's own id; 404 when they ask for someone else's. */
	private static UUID own(CurrentUser client, UUID clientId) {
		if (clientId != null && !clientId.equals(client.id())) {
			throw new NotFoundException();
		}
		return client.id();
	}

	private SessionView ownAsTherapist(CurrentUser therapist, UUID id) {
		return this.store.session(id)
			.filter((s) -> s.therapistId().equals(therapist.id()))
			.orElseThrow(NotFoundException::new);
	}

	private static void refuse(RuntimeException refusal) {
		throw refusal;
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

	/** A therapist's own sessions in a period and how they kept their time. */
	public record OwnRecord(List<SessionView> sessions, Punctuality punctuality) {
	}

	public record NewStanding(StandingAppointment appointment, List<SessionView> sessions) {
	}

}
