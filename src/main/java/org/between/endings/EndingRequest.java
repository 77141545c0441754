package org.between.endings;

import java.time.LocalDate;
import java.util.List;

import org.between.sessions.Taper;

/**
 * What a therapist proposes (API.md "endings"): the kind, the last session day (in their
 * zone), the reason in plain words, for an unplanned ending why it is sooner, an optional
 * taper, an optional follow-up some weeks after the end, and referrals to record with it
 * (an unplanned ending needs at least one, here or recorded before).
 */
public record EndingRequest(EndingKind kind, LocalDate lastSessionDate, UnplannedReason unplannedReason, String reason,
		Taper taper, Integer followUpWeeks, List<ReferralRequest> referrals) {
}
