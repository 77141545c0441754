package org.between.absences.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.between.absences.CoveredAbsence;
import org.between.absences.CoveredAbsence.SharingClient;
import org.between.safety.SafetyPlan;

/**
 * An absence the caller covers ({@code GET /api/v1/cover}); {@code clients} is empty
 * outside its days ({@code now} false).
 */
record CoveredAbsenceJson(UUID absenceId, UUID therapistId, String therapistName, LocalDate startDate,
		LocalDate endDate, String timeZone, Instant startsAt, Instant endsAt, String coverageNote, boolean now,
		List<SharedJson> clients) {

	/** A client who shares with the cover, and what they shared. */
	record SharedJson(UUID clientId, String clientName, BreakPlanJson breakPlan, SafetyPlan safetyPlan) {

		static SharedJson of(SharingClient c) {
			return new SharedJson(c.clientId(), c.clientName(), BreakPlanJson.of(c.breakPlan()), c.safetyPlan());
		}

	}

	static CoveredAbsenceJson of(CoveredAbsence a) {
		return new CoveredAbsenceJson(a.absenceId(), a.therapistId(), a.therapistName(), a.startDate(), a.endDate(),
				a.timeZone(), a.startsAt(), a.endsAt(), a.coverageNote(), a.now(),
				a.clients().stream().map(SharedJson::of).toList());
	}

}
