package org.between.absences.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.between.absences.Absence;

/**
 * An absence as the API answers it. {@code startsAt}/{@code endsAt} are the instants its
 * days begin and end in {@code timeZone}; {@code cancelledSessions} (how many sessions it
 * cancelled) is left out of what a client reads.
 */
record AbsenceJson(UUID id, UUID therapistId, LocalDate startDate, LocalDate endDate, String timeZone, Instant startsAt,
		Instant endsAt, UUID coveringTherapistId, String coverName, String coverageNote, String messageToClients,
		boolean emergency, Instant announcedAt, Instant withdrawnAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) Integer cancelledSessions) {

	static AbsenceJson of(Absence a) {
		return new AbsenceJson(a.id(), a.therapistId(), a.startDate(), a.endDate(), a.zone().getId(), a.startsAt(),
				a.endsAt(), a.coveringTherapistId(), a.coverName(), a.coverageNote(), a.messageToClients(),
				a.emergency(), a.announcedAt(), a.withdrawnAt(), a.cancelledSessions());
	}

}
