package org.between.brief;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.accounts.Sharing;
import org.between.accounts.SharingChoice;
import org.between.checkin.CheckinSummary;
import org.between.checkin.Checkins;
import org.between.journal.AgendaItem;
import org.between.journal.Journal;
import org.between.measures.Measures;
import org.between.measures.Measures.ResponseView;
import org.between.policy.Policies;
import org.between.policy.PolicyTerms;
import org.between.safety.SafetyPlans;
import org.between.sessions.SessionStatus;
import org.between.sessions.SessionView;
import org.between.sessions.Sessions;
import org.between.sessions.StandingAppointment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The therapist's day (issue 16): their home page shows today's and the next sessions,
 * each with its brief one tap away and a quiet marker where a safety flag was shared
 * since the last session, and the clients with something new since their last session;
 * and a client's page is a summary of what the therapist may see.
 * <p>
 * <b>What is read.</b> Only what each client shares ({@link Sharing}), through the same
 * facades as the brief, which log nothing themselves. "Since the last session" is the
 * start of the last held session, or the moment of linking, at most
 * {@link Briefs#MAX_LOOKBACK} back, as in the brief.
 * <p>
 * <b>Logging.</b> The home page is opened often: it writes one {@code HOME_READ} row per
 * client and day in the therapist's zone ({@link DayReads}), so the client's access log
 * says that their news was looked at that day without a row for every visit. The summary
 * page writes one {@code CLIENT_SUMMARY_READ} row each time it is opened, like the brief.
 */
@Service
public class TherapistDay {

	/** How many sessions after today the home page lists. */
	public static final int NEXT_SHOWN = 5;

	/** How far ahead the home page looks for the next sessions. */
	static final int DAYS_AHEAD = 14;

	private final Sessions sessions;

	private final ClientLinks links;

	private final Accounts accounts;

	private final Sharing sharing;

	private final Checkins checkins;

	private final Journal journal;

	private final Measures measures;

	private final Policies policies;

	private final SafetyPlans safetyPlans;

	private final DayReads reads;

	private final AuditLog audit;

	private final Clock clock;

	TherapistDay(Sessions sessions, ClientLinks links, Accounts accounts, Sharing sharing, Checkins checkins,
			Journal journal, Measures measures, Policies policies, SafetyPlans safetyPlans, DayReads reads,
			AuditLog audit, Clock clock) {
		this.sessions = sessions;
		this.links = links;
		this.accounts = accounts;
		this.sharing = sharing;
		this.checkins = checkins;
		this.journal = journal;
		this.measures = measures;
		this.policies = policies;
		this.safetyPlans = safetyPlans;
		this.reads = reads;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The therapist's day; empty for anyone else and for a therapist who has not set up
	 * their second factor (their home asks for that first).
	 */
	@Transactional
	public Optional<Day> today(CurrentUser me) {
		if (!me.isTherapist() || this.accounts.mustEnrolSecondFactor(me)) {
			return Optional.empty();
		}
		Instant now = now();
		ZoneId zone = me.zone();
		LocalDate today = LocalDate.ofInstant(now, zone);
		Map<UUID, ClientNews> news = new LinkedHashMap<>();
		for (LinkedClient client : this.links.clients(me)) {
			news.put(client.id(), news(me, client, now, today));
		}
		List<DaySession> todays = new ArrayList<>();
		List<DaySession> next = new ArrayList<>();
		for (SessionView s : this.sessions.list(me, today.toString(), today.plusDays(DAYS_AHEAD).toString())) {
			ClientNews n = news.get(s.clientId());
			if (n == null) {
				continue;
			}
			DaySession line = new DaySession(s.id(), s.clientId(), n.displayName(), s.startsAt(), s.endsAt(),
					s.status(), n.riskShared());
			if (LocalDate.ofInstant(s.startsAt(), zone).equals(today)) {
				todays.add(line);
			}
			else if (s.status() == SessionStatus.SCHEDULED && next.size() < NEXT_SHOWN) {
				next.add(line);
			}
		}
		List<ClientNews> withNews = news.values().stream().filter(ClientNews::anything).toList();
		return Optional.of(new Day(todays, next, withNews, news.size()));
	}

	private ClientNews news(CurrentUser me, LinkedClient client, Instant now, LocalDate today) {
		Instant since = since(client, now);
		Instant end = now.plus(1, ChronoUnit.MICROS);
		SharingChoice choice = this.sharing.of(client);
		int entries = this.journal.sharedSummariesIn(me, client.id(), since, end).size();
		int agenda = this.journal.agenda(client).size();
		List<ResponseView> responses = (choice.measures() || choice.riskFlags())
				? this.measures.responsesBetween(client, since, end) : List.of();
		boolean risk = false;
		if (choice.riskFlags()) {
			List<CheckinSummary> checkins = this.checkins.between(client, since, end);
			risk = !BriefSummary.riskFlags(checkins, responses, ZoneId.of("UTC")).isEmpty();
		}
		int answered = choice.measures() ? responses.size() : 0;
		List<String> due = this.measures.dueCodes(client);
		if (this.reads.firstToday(me.id(), client.id(), today)) {
			this.audit.record(me.id(), BriefAudit.HOME_READ, client.id(), "DAY", today.toString());
		}
		return new ClientNews(client.id(), client.displayName(), since, entries, agenda, answered, due, risk);
	}

	/**
	 * One linked client's summary for their therapist (404 unless linked; 403 without the
	 * second factor), one audit row.
	 */
	@Transactional
	public ClientSummary client(CurrentUser me, UUID clientId) {
		LinkedClient client = this.links.requireLinkedClient(me, clientId);
		Instant now = now();
		SharingChoice choice = this.sharing.of(client);
		Optional<SessionView> last = this.sessions.lastHeldBefore(client, now);
		SessionView next = this.sessions.between(client, now.minus(1, ChronoUnit.DAYS), now.plus(120, ChronoUnit.DAYS))
			.stream()
			.filter((s) -> s.status() == SessionStatus.SCHEDULED && s.endsAt().isAfter(now))
			.findFirst()
			.orElse(null);
		Instant since = since(client, now);
		Instant end = now.plus(1, ChronoUnit.MICROS);
		List<ResponseView> latest = List.of();
		if (choice.measures()) {
			Map<String, ResponseView> byCode = new LinkedHashMap<>();
			this.measures.responsesBetween(client, Instant.EPOCH, end).forEach((r) -> byCode.put(r.code(), r));
			latest = byCode.values().stream().sorted(Comparator.comparing(ResponseView::code)).toList();
		}
		List<AgendaItem> agenda = this.journal.agenda(client);
		int shared = this.journal.sharedSummariesIn(me, clientId, Instant.EPOCH, end).size();
		int sharedSince = this.journal.sharedSummariesIn(me, clientId, since, end).size();
		List<StandingAppointment> standing = this.sessions.standingOf(client)
			.stream()
			.filter((a) -> a.endDate() == null || !a.endDate().isBefore(LocalDate.ofInstant(now, a.timeZone())))
			.toList();
		PolicyTerms terms = this.policies.inForce(client, now).orElse(null);
		boolean plan = this.safetyPlans.sharesWith(client);
		this.audit.record(me.id(), BriefAudit.CLIENT_SUMMARY_READ, clientId, "CLIENT", clientId.toString());
		return new ClientSummary(client.id(), client.displayName(), client.since(), choice, next, last.orElse(null),
				latest, this.measures.dueCodes(client), agenda, shared, sharedSince, standing, terms, plan);
	}

	/** The start of the last held session, or the link; at most the brief's lookback. */
	private Instant since(LinkedClient client, Instant now) {
		Instant held = this.sessions.lastHeldBefore(client, now).map(SessionView::startsAt).orElse(null);
		Instant since = (held != null) ? held : client.since();
		Instant floor = now.minus(Briefs.MAX_LOOKBACK);
		return (since == null || since.isBefore(floor)) ? floor : since;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * The home page's day: today's sessions (every status), the next scheduled ones, the
	 * clients with something new, and how many clients there are.
	 */
	public record Day(List<DaySession> today, List<DaySession> next, List<ClientNews> clientsWithNews, int clients) {
	}

	/**
	 * A session on the home page; {@code riskShared}: a safety flag since the last
	 * session.
	 */
	public record DaySession(UUID sessionId, UUID clientId, String clientName, Instant startsAt, Instant endsAt,
			SessionStatus status, boolean riskShared) {
	}

	/**
	 * What is new from one client since {@code since} (their last session): shared
	 * journal entries, agenda items, questionnaires answered (when shared) and due, and
	 * whether a safety flag was shared.
	 */
	public record ClientNews(UUID clientId, String displayName, Instant since, int sharedEntries, int agendaItems,
			int answered, List<String> due, boolean riskShared) {

		boolean anything() {
			return this.sharedEntries > 0 || this.agendaItems > 0 || this.answered > 0 || !this.due.isEmpty()
					|| this.riskShared;
		}

	}

	/**
	 * A client's summary: next and last session, what they share, the latest answer to
	 * each questionnaire (band and reliable change; empty unless shared), the agenda,
	 * their shared journal entries (all and since the last session), the standing
	 * appointments, the terms in force (their fee) and whether their safety plan is
	 * shared.
	 */
	public record ClientSummary(UUID clientId, String displayName, Instant linkedSince, SharingChoice sharing,
			SessionView next, SessionView last, List<ResponseView> latestMeasures, List<String> measuresDue,
			List<AgendaItem> agenda, int sharedEntries, int sharedEntriesSince, List<StandingAppointment> standing,
			PolicyTerms terms, boolean safetyPlanShared) {
	}

}
