package org.between.absences;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Size;

/**
 * What a therapist announces (API.md "sessions and frame"): the days away in their own
 * zone, the colleague who covers (null: no one), how clients reach the cover, a message
 * to clients (the "I'm here" note) and whether it is an emergency (then it may start
 * today, without notice). The facade checks everything again and names every bad field.
 */
public record AbsenceRequest(LocalDate startDate, LocalDate endDate, UUID coveringTherapistId,
		@Size(max = Absences.TEXT_MAX) String coverageNote, @Size(max = Absences.TEXT_MAX) String messageToClients,
		Boolean emergency) {

	boolean isEmergency() {
		return Boolean.TRUE.equals(this.emergency);
	}

}
