package org.between.endings.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.between.endings.Ending;
import org.between.endings.EndingKind;
import org.between.endings.UnplannedReason;

/** An ending in the API (API.md "endings"). {@code taper} is null without one. */
record EndingJson(UUID id, UUID clientId, EndingKind kind, UnplannedReason unplannedReason, String reason,
		LocalDate lastSessionDate, String timeZone, TaperJson taper, LocalDate followUpDate, Instant proposedAt,
		int noticeDays, int noticeSessions, int sessionsLeft, boolean soonerThanUsual, Instant discussRequestedAt,
		Instant closedAt) {

	static EndingJson of(Ending e) {
		return new EndingJson(e.id(), e.clientId(), e.kind(), e.unplannedReason(), e.reason(), e.lastSessionDate(),
				e.zone().getId(),
				(e.taperEveryWeeks() != null) ? new TaperJson(e.taperEveryWeeks(), e.taperFrom()) : null,
				e.followUpDate(), e.proposedAt(), e.noticeDays(), e.noticeSessions(), e.sessionsLeft(),
				e.soonerThanUsual(), e.discussRequestedAt(), e.closedAt());
	}

	record TaperJson(int everyWeeks, LocalDate from) {
	}

}
