package org.between.sessions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.between.accounts.LinkedClient;
import org.springframework.stereotype.Component;

/**
 * The standing appointments of a pair reshaped for an ending: each ends on the last
 * session day, and with a {@link Taper} it ends the day before the taper and a new one
 * (same weekday, local time, length and link) meets every {@code everyWeeks} weeks from
 * the taper's first day to the last session day. Generated sessions after the new end are
 * taken off the calendar (never cancelled: nobody is charged); one-off sessions stay, the
 * therapist chose them. Days are each appointment's own zone, so a daylight-saving change
 * keeps the hour on the clock.
 */
@Component
class EndingReshape {

	private final SessionStore store;

	private final TherapistCalendar calendar;

	private final Clock clock;

	EndingReshape(SessionStore store, TherapistCalendar calendar, Clock clock) {
		this.store = store;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Answers the appointments made for the taper. */
	List<StandingAppointment> reshape(LinkedClient client, LocalDate lastDay, Taper taper) {
		Instant now = this.clock.instant();
		List<StandingAppointment> made = new ArrayList<>();
		for (StandingAppointment a : running(client.therapistId(), client.id())) {
			ZoneId zone = a.timeZone();
			LocalDate today = LocalDate.now(this.clock.withZone(zone));
			boolean tapered = taper != null && taper.from() != null && taper.everyWeeks() > a.everyWeeks()
					&& !taper.from().isAfter(lastDay);
			LocalDate end = tapered ? taper.from().minusDays(1) : lastDay;
			if (end.isBefore(today)) {
				end = today.minusDays(1);
			}
			this.store.end(a.id(), min(end, a.endDate()), now);
			this.store.deleteScheduledFrom(a.id(), end.plusDays(1).atStartOfDay(zone).toInstant());
			if (tapered && (a.endDate() == null || !a.endDate().isBefore(taper.from()))) {
				LocalDate last = min(lastDay, a.endDate());
				StandingAppointment next = new StandingAppointment(UUID.randomUUID(), a.therapistId(), a.clientId(),
						a.weekday(), a.startTime(), a.durationMinutes(), taper.everyWeeks(), taper.from(), last, zone,
						a.videoLink(), min(last, today.plusWeeks(Sessions.WEEKS_AHEAD)));
				this.calendar.place(next, now);
				made.add(next);
			}
		}
		return made;
	}

	/**
	 * The days of the pair's sessions still to come up to {@code until} (inclusive) in
	 * {@code zone}, soonest first: those scheduled, and those the running standing
	 * appointments will make beyond what they made so far.
	 */
	List<LocalDate> daysAhead(UUID therapistId, UUID clientId, ZoneId zone, LocalDate until) {
		Instant now = this.clock.instant();
		Instant end = until.plusDays(1).atStartOfDay(zone).toInstant();
		List<LocalDate> days = new ArrayList<>();
		for (SessionView s : this.store.between(therapistId, clientId, now, end)) {
			if (s.status() == SessionStatus.SCHEDULED) {
				days.add(s.startsAt().atZone(zone).toLocalDate());
			}
		}
		for (StandingAppointment a : running(therapistId, clientId)) {
			a.occurrences(a.generatedUntil(), until)
				.stream()
				.map((at) -> at.toInstant())
				.filter((at) -> at.isAfter(now) && at.isBefore(end))
				.forEach((at) -> days.add(at.atZone(zone).toLocalDate()));
		}
		days.sort(null);
		return days;
	}

	private List<StandingAppointment> running(UUID therapistId, UUID clientId) {
		return this.store.standingOf(therapistId, clientId)
			.stream()
			.filter((a) -> a.endDate() == null
					|| !a.endDate().isBefore(LocalDate.now(this.clock.withZone(a.timeZone()))))
			.toList();
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return (b == null || a.isBefore(b)) ? a : b;
	}

}
