package org.between.absences;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.between.safety.SafetyPlan;

/**
 * An absence a therapist covers for a colleague, as the cover sees it: whose it is, its
 * days (in the colleague's zone), how clients were told to reach the cover, and — only
 * while it runs ({@code now}) — the clients who chose to share with the cover. Outside
 * its days {@code clients} is empty.
 */
public record CoveredAbsence(UUID absenceId, UUID therapistId, String therapistName, LocalDate startDate,
		LocalDate endDate, String timeZone, Instant startsAt, Instant endsAt, String coverageNote, boolean now,
		List<SharingClient> clients) {

	/**
	 * A client who shares with the cover; {@code breakPlan} and {@code safetyPlan} are
	 * what they shared where the caller asked for it (null in a list of names only).
	 */
	public record SharingClient(UUID clientId, String clientName, BreakPlan breakPlan, SafetyPlan safetyPlan) {
	}

	static CoveredAbsence of(Absence a, String therapistName, boolean now, List<SharingClient> clients) {
		return new CoveredAbsence(a.id(), a.therapistId(), therapistName, a.startDate(), a.endDate(), a.zone().getId(),
				a.startsAt(), a.endsAt(), a.coverageNote(), now, clients);
	}

}
