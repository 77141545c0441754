package org.between.sessions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.sessions.SessionValidation.Standing;
import org.between.sessions.Sessions.NewStanding;
import org.between.sessions.Sessions.StandingRequest;
import org.between.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Standing appointments over time: made with their sessions up to
 * {@value Sessions#WEEKS_AHEAD} weeks ahead, extended as the weeks pass, ended on a day.
 * Each day is the appointment's own (the therapist's zone when it was made).
 */
@Component
class StandingSchedule {

	private final SessionStore store;

	private final TherapistCalendar calendar;

	private final Clock clock;

	StandingSchedule(SessionStore store, TherapistCalendar calendar, Clock clock) {
		this.store = store;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** A new appointment for a checked client, in the therapist's zone. */
	NewStanding make(CurrentUser therapist, LinkedClient client, StandingRequest request) {
		ZoneId zone = therapist.zone();
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		Standing s = SessionValidation.standing(request, today);
		StandingAppointment appointment = new StandingAppointment(UUID.randomUUID(), client.therapistId(), client.id(),
				s.weekday(), s.startTime(), s.durationMinutes(), s.everyWeeks(), s.startDate(), s.endDate(), zone,
				s.videoLink(), horizon(today));
		return new NewStanding(appointment, this.calendar.place(appointment, this.clock.instant()));
	}

	/**
	 * Every running appointment's sessions up to its horizon; the appointments are those
	 * behind the earliest horizon on earth (the first zone to reach a new day).
	 */
	int extendAll() {
		int made = 0;
		LocalDate earliestHorizon = horizon(LocalDate.now(this.clock.withZone(ZoneId.of("Pacific/Kiritimati"))));
		for (StandingAppointment appointment : this.store.runningBefore(earliestHorizon)) {
			LocalDate horizon = horizon(LocalDate.now(this.clock.withZone(appointment.timeZone())));
			if (appointment.generatedUntil().isBefore(horizon)) {
				made += this.calendar.extend(appointment, horizon, this.clock.instant());
			}
		}
		return made;
	}

	/**
	 * Ends the therapist's appointment today (of that client, when one is given; 404
	 * otherwise) and takes its sessions still to come off the calendar.
	 */
	int end(CurrentUser therapist, UUID clientId, UUID standingId) {
		StandingAppointment appointment = this.store.standing(standingId)
			.filter((a) -> a.therapistId().equals(therapist.id()))
			.filter((a) -> clientId == null || a.clientId().equals(clientId))
			.orElseThrow(NotFoundException::new);
		this.store.end(standingId, LocalDate.now(this.clock.withZone(appointment.timeZone())), this.clock.instant());
		return this.store.deleteScheduledFrom(standingId, this.clock.instant());
	}

	private static LocalDate horizon(LocalDate today) {
		return today.plusWeeks(Sessions.WEEKS_AHEAD);
	}

}
