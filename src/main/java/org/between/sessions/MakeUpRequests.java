package org.between.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.shared.NotFoundException;
import org.between.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Make-up sessions that can be asked for (API.md "Everyday"): where the ruling of a
 * cancelled session offered a make-up, its client may offer up to three times that suit
 * them ({@link MakeUpRules}); their therapist confirms one, which books a
 * {@link SessionKind#MAKE_UP} session through the same calendar lock and overlap rule as
 * any booking ({@link TherapistCalendar}).
 * <p>
 * Only the two people of the session see a request; anyone else gets 404. A time that is
 * past, overlaps a session either of them already has, or a session whose ruling offered
 * no make-up (or that was made up already) is refused with 422 and nothing is stored.
 */
@Service
public class MakeUpRequests {

	private final MakeUpRequestStore requests;

	private final SessionStore sessions;

	private final TherapistCalendar calendar;

	private final ClientLinks links;

	private final Clock clock;

	MakeUpRequests(MakeUpRequestStore requests, SessionStore sessions, TherapistCalendar calendar, ClientLinks links,
			Clock clock) {
		this.requests = requests;
		this.sessions = sessions;
		this.calendar = calendar;
		this.links = links;
		this.clock = clock;
	}

	/**
	 * The client asks for a make-up of their cancelled session {@code sessionId} at one
	 * of {@code options} ({@code POST /api/v1/sessions/{id}/make-up-requests}).
	 */
	@Transactional
	public MakeUpRequest request(CurrentUser client, UUID sessionId, List<Instant> options) {
		client.requireClient();
		SessionView session = this.sessions.session(sessionId)
			.filter((s) -> s.clientId().equals(client.id()))
			.orElseThrow(NotFoundException::new);
		Instant now = now();
		Duration length = Duration.between(session.startsAt(), session.endsAt());
		requireOffered(session);
		if (this.requests.forSession(sessionId).isPresent()) {
			throw new RuleViolationException(null, "makeUp.request.already");
		}
		List<Instant> times = MakeUpRules.options(truncated(options), length, now);
		for (int i = 0; i < times.size(); i++) {
			requireFree(session, times.get(i), length, "options[" + i + "]");
		}
		MakeUpRequest request = new MakeUpRequest(UUID.randomUUID(), sessionId, client.id(), session.therapistId(),
				MakeUpRequest.Status.REQUESTED, times, session.durationMinutes(), now, null, null);
		this.requests.insert(request);
		return request;
	}

	/**
	 * The therapist books one of the times asked for ({@code POST
	 * /api/v1/make-up-requests/{id}/confirm}): the {@link SessionKind#MAKE_UP} session,
	 * as long as the cancelled one, making up for it.
	 */
	@Transactional
	public SessionView confirm(CurrentUser therapist, UUID requestId, Instant startsAt) {
		therapist.requireTherapist();
		MakeUpRequest request = this.requests.find(requestId)
			.filter((r) -> r.therapistId().equals(therapist.id()))
			.orElseThrow(NotFoundException::new);
		this.links.requireLinkedClient(therapist, request.clientId());
		if (request.status() != MakeUpRequest.Status.REQUESTED) {
			throw new RuleViolationException(null, "makeUp.confirm.done");
		}
		Instant at = (startsAt != null) ? startsAt.truncatedTo(ChronoUnit.MICROS) : null;
		if (at == null || !request.options().contains(at)) {
			throw new RuleViolationException("startsAt", "makeUp.confirm.notAsked");
		}
		Instant now = now();
		if (!at.isAfter(now)) {
			throw new RuleViolationException("startsAt", "makeUp.options.past");
		}
		SessionView original = this.sessions.session(request.sessionId()).orElseThrow(NotFoundException::new);
		requireOffered(original);
		Duration length = Duration.ofMinutes(request.durationMinutes());
		this.sessions.lockCalendar(therapist.id());
		requireFree(original, at, length, "startsAt");
		SessionView booked = new SessionView(UUID.randomUUID(), request.clientId(), therapist.id(), at, at.plus(length),
				SessionStatus.SCHEDULED, SessionKind.MAKE_UP, original.videoLink(), null, null, null, null);
		this.calendar.book(booked, original.id(), now);
		if (!this.requests.confirm(request.id(), now, booked.id())) {
			throw new RuleViolationException(null, "makeUp.confirm.done");
		}
		return booked;
	}

	/** The request for one of the caller's sessions, if there is one; 404 for others'. */
	@Transactional(readOnly = true)
	public Optional<MakeUpRequest> forSession(CurrentUser me, UUID sessionId) {
		SessionView session = this.sessions.session(sessionId)
			.filter((s) -> s.clientId().equals(me.id()) || s.therapistId().equals(me.id()))
			.orElseThrow(NotFoundException::new);
		return this.requests.forSession(session.id());
	}

	/** One of the caller's requests (as client or therapist); 404 for anyone else's. */
	@Transactional(readOnly = true)
	public MakeUpRequest find(CurrentUser me, UUID id) {
		return this.requests.find(id)
			.filter((r) -> r.clientId().equals(me.id()) || r.therapistId().equals(me.id()))
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * The caller's requests, newest first ({@code GET /api/v1/make-up-requests}); only
	 * those still waiting for a time when {@code waitingOnly}.
	 */
	@Transactional(readOnly = true)
	public List<MakeUpRequest> mine(CurrentUser me, boolean waitingOnly) {
		return this.requests.of(me.id(), waitingOnly);
	}

	/**
	 * Whether the client could ask for a make-up of this session now: the ruling offered
	 * one, it was not made up, and nothing was asked yet.
	 */
	@Transactional(readOnly = true)
	public boolean canRequest(CurrentUser me, SessionView session) {
		return me.isClient() && session.clientId().equals(me.id()) && offered(session)
				&& this.requests.forSession(session.id()).isEmpty();
	}

	private boolean offered(SessionView session) {
		return session.status().isCancelled() && session.cancellation() != null
				&& session.cancellation().makeUpOffered() && !this.sessions.madeUp(session.id());
	}

	private void requireOffered(SessionView session) {
		if (!offered(session)) {
			throw new RuleViolationException(null, "makeUp.request.notOffered");
		}
	}

	/** Free in both calendars: the therapist's sessions and the client's own. */
	private void requireFree(SessionView session, Instant at, Duration length, String field) {
		boolean therapistBusy = !this.sessions.overlapping(session.therapistId(), at, at.plus(length)).isEmpty();
		boolean clientBusy = this.sessions.forUser(session.clientId(), at.minus(Duration.ofDays(1)), at.plus(length))
			.stream()
			.filter((s) -> s.clientId().equals(session.clientId()))
			.filter((s) -> s.status() == SessionStatus.SCHEDULED || s.status() == SessionStatus.HELD)
			.anyMatch((s) -> s.startsAt().isBefore(at.plus(length)) && at.isBefore(s.endsAt()));
		if (therapistBusy || clientBusy) {
			throw new RuleViolationException(field, "makeUp.options.taken", Map.of("startsAt", at.toString()));
		}
	}

	private static List<Instant> truncated(List<Instant> options) {
		return (options == null) ? null
				: options.stream().map((o) -> (o != null) ? o.truncatedTo(ChronoUnit.MICROS) : null).toList();
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
