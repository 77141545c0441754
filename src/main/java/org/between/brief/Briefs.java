package org.between.brief;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.between.absences.Absence;
import org.between.absences.Absences;
import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.LinkedClient;
import org.between.accounts.CurrentUser;
import org.between.accounts.Sharing;
import org.between.accounts.SharingChoice;
import org.between.brief.BriefSummary.CheckinDigest;
import org.between.brief.BriefSummary.RiskFlag;
import org.between.brief.BriefSummary.SkillLine;
import org.between.checkin.CheckinSummary;
import org.between.checkin.Checkins;
import org.between.sessions.CancellationRuling;
import org.between.policy.PolicyEvent;
import org.between.policy.Policies;
import org.between.sessions.SessionStatus;
import org.between.sessions.BridgeNote;
import org.between.sessions.BridgeNotes;
import org.between.sessions.SessionView;
import org.between.sessions.Sessions;
import org.between.journal.AgendaItem;
import org.between.journal.Journal;
import org.between.journal.SharedEntrySummary;
import org.between.measures.Measures;
import org.between.measures.Measures.ResponseView;
import org.between.measures.ReliableChange;
import org.between.measures.Severity;
import org.between.messages.MessageThread;
import org.between.messages.Messages;
import org.between.shared.NotFoundException;
import org.between.toolbox.Toolbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The therapist's pre-session brief: everything since the last held session on one page
 * (PRODUCT.md "pre-session brief"). It reads the other modules through their facades
 * only, and only what the session's own therapist may see elsewhere: What the client
 * shares ({@link Sharing}: check-in trends and urges, risk flags, questionnaires, skills
 * practised) decides which of these sections are read at all:
 * <ul>
 * <li>check-ins: the numbers a linked therapist may read ({@link CheckinSummary}), never
 * the notes;</li>
 * <li>journal: the agenda (titles only of shared entries) and the entries the client
 * shares, as title, date and a link — never a body (see {@link #brief});</li>
 * <li>measures: the linked client's scores with their change, as on the therapist's
 * measures page;</li>
 * <li>toolbox: the skills practised in the window with distress before and after, never
 * the practice notes; the client's all-time ranking belongs to their insights, which they
 * may or may not share, so it is not shown;</li>
 * <li>frame: policy events, cancellations or no-shows of this pair, and the therapist's
 * time away;</li>
 * <li>absence: when time away came between the last held session and this one, its days
 * and what the shared check-ins show of them ({@link AbsenceSummary});</li>
 * <li>messages: the threads of secure messages of the window, without their texts.</li>
 * </ul>
 * <p>
 * <b>The window.</b> {@code until} is the earlier of now and the session's start.
 * {@code since} is the start of the last HELD session of this pair before this session;
 * without one, the moment the client linked. Either way it reaches back at most
 * {@link #MAX_LOOKBACK} (90 days) from {@code until}: a brief is meant to be read in a
 * minute, and older material is in the client's other pages.
 * <p>
 * <b>Logging.</b> Each brief is one row in the audit log ({@code BRIEF_READ}, item type
 * {@code SESSION}, the session's id, the client as subject). The facades called here are
 * the ones that log nothing themselves
 * ({@link Checkins#between(LinkedClient, Instant, Instant)}, {@link Journal#agenda},
 * {@link Journal#sharedSummariesIn}, {@link Measures#responsesBetween},
 * {@link Toolbox#practices}, {@link Sessions}, {@link Policies}), so the read is neither
 * missing nor logged twice. Those of the client's modules take the {@link LinkedClient}
 * that the access check made, and each checks again the category of "What my therapist
 * sees" it belongs to.
 */
@Service
public class Briefs {

	/** How far back a brief reaches at most. */
	public static final Duration MAX_LOOKBACK = Duration.ofDays(90);

	static final String ITEM_TYPE = "SESSION";

	private final Sessions sessions;

	private final Policies policies;

	private final Absences absences;

	private final ClientLinks links;

	private final Checkins checkins;

	private final Journal journal;

	private final Measures measures;

	private final Toolbox toolbox;

	private final Sharing sharing;

	private final Messages messages;

	private final AuditLog audit;

	private final BridgeNotes bridgeNotes;

	private final Clock clock;

	Briefs(Sessions sessions, Policies policies, Absences absences, ClientLinks links, Checkins checkins,
			Journal journal, Measures measures, Toolbox toolbox, Sharing sharing, Messages messages, AuditLog audit,
			BridgeNotes bridgeNotes, Clock clock) {
		this.bridgeNotes = bridgeNotes;
		this.sessions = sessions;
		this.policies = policies;
		this.absences = absences;
		this.links = links;
		this.checkins = checkins;
		this.journal = journal;
		this.measures = measures;
		this.toolbox = toolbox;
		this.sharing = sharing;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The brief for one of the therapist's own sessions; 404 for anyone else (another
	 * therapist, the client, an unknown id, a client no longer linked).
	 * <p>
	 * Shared journal entries appear as title, date and a link to the entry's page, not
	 * with their text. Opening an entry there is what counts as reading it: that page
	 * logs the read and the client sees "Read by … on …". Showing full texts here would
	 * have to record a read of every entry each time the brief is opened, and the client
	 * would see reads of entries the therapist only scrolled past.
	 */
	@Transactional
	public PreSessionBrief brief(CurrentUser me, UUID sessionId) {
		if (!me.isTherapist()) {
			throw new NotFoundException();
		}
		SessionView session = this.sessions.session(me, sessionId);
		if (!me.id().equals(session.therapistId())) {
			throw new NotFoundException();
		}
		LinkedClient client = this.links.requireLinkedClient(me, session.clientId());
		UUID clientId = client.id();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Instant until = session.startsAt().isBefore(now) ? session.startsAt() : now;
		Window window = window(client, session, until);
		ZoneId zone = me.zone();
		// The reads take [since, end): when the brief ends now, what was written at this
		// very instant belongs in it too.
		Instant end = until.equals(now) ? now.plus(1, ChronoUnit.MICROS) : until;

		// Only what the client shares is read at all (Sharing); risk flags come from
		// check-ins and PHQ-9 answers, which are read for them alone when only they are
		// shared.
		SharingChoice sharing = this.sharing.of(client);
		List<CheckinSummary> checkins = (sharing.checkins() || sharing.riskFlags())
				? this.checkins.between(client, window.since(), end) : List.of();
		List<ResponseView> responses = (sharing.measures() || sharing.riskFlags())
				? this.measures.responsesBetween(client, window.since(), end) : List.of();
		CheckinDigest digest = sharing.checkins() ? BriefSummary.checkins(checkins, zone) : null;
		if (digest != null && !sharing.riskFlags()) {
			digest = digest.withoutRiskUrges();
		}
		List<RiskFlag> riskFlags = sharing.riskFlags() ? BriefSummary.riskFlags(checkins, responses, zone) : List.of();
		List<AgendaItem> agenda = this.journal.agenda(client);
		List<SharedEntrySummary> shared = this.journal.sharedSummariesIn(me, clientId, window.since(), end);
		List<MeasureLine> measureLines = sharing.measures() ? responses.stream().map(MeasureLine::of).toList()
				: List.of();
		List<SkillLine> skills = sharing.skills()
				? BriefSummary.skills(this.toolbox.practices(client, window.since(), end)) : List.of();
		// The therapist's own time away: no read of the client's data, so no audit row.
		List<Absence> absences = this.absences.ofClientsTherapist(client);
		List<FrameLine> frame = frameEvents(client, session, absences, window.since(), end);
		AfterAbsence absence = AbsenceSummary
			.of(absences, window.lastHeld(), window.since(), end, checkins, responses, sharing, zone)
			.orElse(null);
		List<MessageLine> messageLines = this.messages.between(client, window.since(), end)
			.stream()
			.map(MessageLine::of)
			.toList();

		this.audit.record(me.id(), BriefAudit.BRIEF_READ, clientId, ITEM_TYPE, sessionId.toString());
		return new PreSessionBrief(session.id(), clientId, client.displayName(), session.startsAt(), session.status(),
				window.since(), window.basis(), until, digest, riskFlags, agenda, shared, measureLines, skills,
				messageLines, frame, sharing, absence, this.bridgeNotes.ofClient(client));
	}

	private Window window(LinkedClient client, SessionView session, Instant until) {
		Instant held = this.sessions.lastHeldBefore(client, session.startsAt()).map(SessionView::startsAt).orElse(null);
		Instant since = (held != null) ? held : client.since();
		SinceBasis basis = (held != null) ? SinceBasis.LAST_HELD_SESSION : SinceBasis.LINKED;
		Instant floor = until.minus(MAX_LOOKBACK);
		if (since == null || since.isBefore(floor)) {
			return new Window(floor, SinceBasis.LOOKBACK_LIMIT, held);
		}
		return new Window(since.isAfter(until) ? until : since, basis, held);
	}

	/**
	 * Policy events of the window (and changes announced in it that take effect later),
	 * the sessions between the window's start and this session's that were cancelled or
	 * missed (a session cancelled for tomorrow matters today), and the therapist's time
	 * away that had not ended by the window's start (that which begins later too), oldest
	 * first.
	 */
	private List<FrameLine> frameEvents(LinkedClient client, SessionView thisSession, List<Absence> absences,
			Instant since, Instant end) {
		UUID therapistId = client.therapistId();
		UUID clientId = client.id();
		List<FrameLine> lines = new ArrayList<>();
		for (PolicyEvent event : this.policies.events(client, since, end)) {
			lines.add(new FrameLine(event.at(), event.type().name(), event.policyVersion(), null, null, null, null,
					!event.at().isBefore(end), null, null, null));
		}
		for (SessionView s : this.sessions.between(client, since, thisSession.startsAt())) {
			if (s.id().equals(thisSession.id()) || !(s.status().isCancelled() || s.status() == SessionStatus.NO_SHOW)) {
				continue;
			}
			CancellationRuling ruling = s.cancellation();
			lines.add(new FrameLine(s.startsAt(), "SESSION_" + s.status().name(), null, s.id(),
					(ruling != null) ? ruling.late() : null, (ruling != null) ? ruling.fee() : null,
					(ruling != null) ? ruling.currency() : null, false, null, null, null));
		}
		absences.stream().filter((a) -> a.endsAt().isAfter(since)).forEach((a) -> lines.add(FrameLine.absence(a, end)));
		lines.sort(Comparator.comparing(FrameLine::at));
		return List.copyOf(lines);
	}

	/** The brief's window, and the start of the last held session (null: none). */
	private record Window(Instant since, SinceBasis basis, Instant lastHeld) {
	}

	/** Where {@code since} comes from. */
	public enum SinceBasis {

		/** The start of the last held session of this pair before this one. */
		LAST_HELD_SESSION,

		/** No held session before: when the client linked with the therapist. */
		LINKED,

		/** The last held session (or the link) lies more than 90 days back. */
		LOOKBACK_LIMIT

	}

	/**
	 * API.md {@code GET /api/v1/sessions/{id}/brief}. {@code messages} are the threads of
	 * the window, without their texts (the therapist reads those on the messages page,
	 * where the read is logged). {@code sharing} is what the client lets the therapist
	 * see: a category they do not share is empty here ({@code checkins} null, the lists
	 * empty), and the page says that it is not shared rather than that nothing happened.
	 * {@code absence} is the time away since the last held session ({@link AfterAbsence},
	 * null when there was none).
	 */
	public record PreSessionBrief(UUID sessionId, UUID clientId, String clientName, Instant sessionStartsAt,
			SessionStatus sessionStatus, Instant since, SinceBasis sinceBasis, Instant until, CheckinDigest checkins,
			List<RiskFlag> riskFlags, List<AgendaItem> agenda, List<SharedEntrySummary> sharedJournal,
			List<MeasureLine> measures, List<SkillLine> skills, List<MessageLine> messages, List<FrameLine> frameEvents,
			SharingChoice sharing, AfterAbsence absence, List<BridgeNote> bridgeNotes) {
	}

	/**
	 * The time away since the last held session, as the brief's {@code absence} block
	 * ({@link AbsenceSummary}): its days (the therapist's calendar days, both inclusive)
	 * and how many, {@code ongoing} while it has not ended by the brief's end, the
	 * cover's name (null: no one), and of the check-ins in it {@code checkins} (how many)
	 * and {@code meanDistress} (0–10, one decimal; null without any) — both null when the
	 * client does not share check-ins — and {@code riskFlags}, newest first (empty when
	 * they do not share those).
	 */
	public record AfterAbsence(UUID absenceId, LocalDate startDate, LocalDate endDate, long days, boolean ongoing,
			String coverName, Integer checkins, Double meanDistress, List<RiskFlag> riskFlags) {
	}

	/**
	 * A questionnaire answered in the window: its score, band, the change since the
	 * response before it (null for the first) and whether that change was reliable.
	 */
	public record MeasureLine(UUID id, String code, int score, Severity severity, Instant answeredAt, Integer change,
			ReliableChange reliableChange) {

		static MeasureLine of(ResponseView r) {
			return new MeasureLine(r.id(), r.code(), r.score(), r.severity(), r.answeredAt(), r.change(),
					r.reliableChange());
		}

	}

	/**
	 * A thread of secure messages opened or written to in the window: its kind, when it
	 * was opened and last written to, when an answer is or was due, and whether it was
	 * answered. No text: listing is not reading.
	 */
	public record MessageLine(UUID threadId, String category, Instant openedAt, Instant lastAt, Instant respondBy,
			Instant answeredAt) {

		static MessageLine of(MessageThread t) {
			return new MessageLine(t.id(), t.categoryName(), t.openedAt(), t.lastAt(), t.respondBy(), t.answeredAt());
		}

	}

	/**
	 * Something in the frame: a policy event ({@code type} as in
	 * {@link PolicyEvent.Type}, with its version) or a session that was cancelled or
	 * missed ({@code type} {@code SESSION_CANCELLED_BY_CLIENT},
	 * {@code SESSION_CANCELLED_BY_THERAPIST} or {@code SESSION_NO_SHOW}, {@code at} its
	 * start, with the ruling's lateness and fee) or the therapist's time away
	 * ({@code type} {@code ABSENCE}, {@code at} the start of its first day, with its id
	 * and its first and last day). {@code upcoming} marks a policy change that takes
	 * effect, or time away that begins, after the brief's window.
	 */
	public record FrameLine(Instant at, String type, Integer policyVersion, UUID sessionId, Boolean late,
			BigDecimal fee, String currency, boolean upcoming, UUID absenceId, LocalDate firstDay, LocalDate lastDay) {

		static FrameLine absence(Absence a, Instant end) {
			return new FrameLine(a.startsAt(), "ABSENCE", null, null, null, null, null, !a.startsAt().isBefore(end),
					a.id(), a.startDate(), a.endDate());
		}

	}

}
