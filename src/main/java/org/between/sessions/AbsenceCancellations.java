package org.between.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A therapist's time away, as their calendar takes it. Every session still scheduled that
 * starts on one of the days away (in the absence's zone) and has not begun is cancelled
 * by the therapist, with the ruling any therapist cancellation gets
 * ({@link Cancellations#cancellation}: no fee, make-up offered, the policy version in
 * force), but without the per-session e-mail: the absences module tells each client once,
 * about the whole break.
 * <p>
 * When the time away is withdrawn, a session it cancelled is restored (scheduled again,
 * its ruling cleared: the cancellation never took effect) only while that is still true
 * to the calendar: not begun, still cancelled by this therapist, the client still linked,
 * no make-up booked for it, its standing appointment (if any) not ended before it, and no
 * other session of the therapist's in its time.
 */
@Component
class AbsenceCancellations {

	private final SessionStore store;

	private final Cancellations cancellations;

	private final ClientLinks links;

	AbsenceCancellations(SessionStore store, Cancellations cancellations, ClientLinks links) {
		this.store = store;
		this.cancellations = cancellations;
		this.links = links;
	}

	/**
	 * Cancels the therapist's scheduled sessions inside the days (with
	 * {@code generatedAfter}: only those standing appointments made after it), soonest
	 * first; answers them as they are now.
	 */
	List<SessionView> cancel(CurrentUser therapist, AwayDays days, String reason, Instant now, Instant generatedAfter) {
		this.store.lockCalendar(therapist.id());
		List<SessionView> cancelled = new ArrayList<>();
		for (SessionView session : this.store.scheduledStarting(therapist.id(), days.from(), days.to(), now,
				generatedAfter)) {
			this.store.ruling(session.id(), this.cancellations.cancellation(therapist, session, reason, now));
			cancelled.add(this.store.session(session.id()).orElseThrow());
		}
		return cancelled;
	}

	/** Restores those of the sessions that are still free, soonest first. */
	List<SessionView> restore(CurrentUser therapist, Collection<UUID> sessionIds, Instant now) {
		this.store.lockCalendar(therapist.id());
		List<SessionView> restored = new ArrayList<>();
		for (SessionView session : cancelledBy(therapist, sessionIds)) {
			if (isFree(therapist, session, now)) {
				this.store.clearRuling(session.id());
				restored.add(this.store.session(session.id()).orElseThrow());
			}
		}
		return restored;
	}

	/** The therapist's own sessions among the ids that they cancelled, soonest first. */
	private List<SessionView> cancelledBy(CurrentUser therapist, Collection<UUID> sessionIds) {
		return sessionIds.stream()
			.distinct()
			.map(this.store::session)
			.flatMap(Optional::stream)
			.filter((s) -> s.therapistId().equals(therapist.id()))
			.filter((s) -> s.status() == SessionStatus.CANCELLED_BY_THERAPIST && s.cancellation() != null
					&& therapist.id().equals(s.cancellation().cancelledBy()))
			.sorted(Comparator.comparing(SessionView::startsAt))
			.toList();
	}

	private boolean isFree(CurrentUser therapist, SessionView session, Instant now) {
		return session.startsAt().isAfter(now) && !this.store.madeUp(session.id()) && stillLinked(therapist, session)
				&& standingRunsOn(session)
				&& this.store.overlapping(therapist.id(), session.startsAt(), session.endsAt()).isEmpty();
	}

	private boolean stillLinked(CurrentUser therapist, SessionView session) {
		try {
			this.links.requireLinkedClient(therapist, session.clientId());
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	/** A one-off session, or one whose appointment was not ended before its day. */
	private boolean standingRunsOn(SessionView session) {
		if (session.standingAppointmentId() == null) {
			return true;
		}
		return this.store.standing(session.standingAppointmentId()).map((a) -> {
			LocalDate day = LocalDate.ofInstant(session.startsAt(), a.timeZone());
			return a.endDate() == null || !day.isAfter(a.endDate());
		}).orElse(false);
	}

}
