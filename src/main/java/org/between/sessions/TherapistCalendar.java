package org.between.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.between.shared.ConflictException;
import org.springframework.stereotype.Component;

/**
 * A therapist's calendar: one person cannot be in two sessions at once. Every booking
 * first holds the calendar (the booking lock, until the transaction ends), so that the
 * overlap check and the insert of two bookings cannot interleave; a cancelled slot is
 * free again.
 */
@Component
class TherapistCalendar {

	private final SessionStore store;

	TherapistCalendar(SessionStore store) {
		this.store = store;
	}

	/** A one-off session; refused (409) when it overlaps one the therapist has. */
	void book(SessionView session, UUID makeUpFor, Instant now) {
		this.store.lockCalendar(session.therapistId());
		requireFree(session);
		this.store.insert(session, makeUpFor, now);
	}

	/**
	 * A new standing appointment with its sessions still to come up to its horizon;
	 * refused whole (409) when one of them overlaps a session the therapist has.
	 */
	List<SessionView> place(StandingAppointment appointment, Instant now) {
		this.store.lockCalendar(appointment.therapistId());
		this.store.insert(appointment, now);
		List<SessionView> made = new ArrayList<>();
		for (ZonedDateTime at : appointment.occurrences(null, appointment.generatedUntil())) {
			if (at.toInstant().isAfter(now)) { // today's time may have passed already
				SessionView session = appointment.session(at.toInstant());
				requireFree(session);
				this.store.insert(session, null, now);
				made.add(session);
			}
		}
		return made;
	}

	/**
	 * A running appointment's sessions up to {@code horizon}; a time that clashes with a
	 * session booked meanwhile is skipped (the booked one was there first).
	 */
	int extend(StandingAppointment appointment, LocalDate horizon, Instant now) {
		this.store.lockCalendar(appointment.therapistId());
		int made = 0;
		for (ZonedDateTime at : appointment.occurrences(appointment.generatedUntil(), horizon)) {
			SessionView session = appointment.session(at.toInstant());
			if (isFree(session)) {
				this.store.insert(session, null, now);
				made++;
			}
		}
		this.store.generatedUntil(appointment.id(), horizon);
		return made;
	}

	private void requireFree(SessionView session) {
		if (!isFree(session)) {
			throw new ConflictException("sessions.conflict.overlap");
		}
	}

	private boolean isFree(SessionView session) {
		return this.store.overlapping(session.therapistId(), session.startsAt(), session.endsAt()).isEmpty();
	}

}
