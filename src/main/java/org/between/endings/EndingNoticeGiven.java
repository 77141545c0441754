package org.between.endings;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A therapist proposed an ending: the last session day and the notice it gives, in days
 * and in sessions (for the therapist's consistency record).
 */
public record EndingNoticeGiven(UUID endingId, UUID therapistId, UUID clientId, EndingKind kind,
		LocalDate lastSessionDate, int noticeDays, int noticeSessions) {
}
