package org.between.endings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * An ending as both sides see it. {@code reason} is the therapist's plain words;
 * {@code unplannedReason} is set for an unplanned ending; {@code zone} is the therapist's
 * when it was proposed (the days are in it); {@code noticeDays} and
 * {@code noticeSessions} are the notice it gave when proposed; {@code sessionsLeft}
 * counts the sessions still to come up to the last day (and the follow-up, when one is
 * planned) at the moment it was read; {@code soonerThanUsual} says that the notice is
 * shorter than the practice's usual one; {@code closedAt} is set once the link ended.
 */
public record Ending(UUID id, UUID therapistId, UUID clientId, EndingKind kind, UnplannedReason unplannedReason,
		String reason, LocalDate lastSessionDate, ZoneId zone, Integer taperEveryWeeks, LocalDate taperFrom,
		LocalDate followUpDate, Instant proposedAt, int noticeDays, int noticeSessions, Instant discussRequestedAt,
		Instant closedAt, int sessionsLeft, boolean soonerThanUsual) {

	public boolean open() {
		return this.closedAt == null;
	}

	/** The day after which the link ends: the follow-up's, when one is planned. */
	public LocalDate closingDay() {
		return (this.followUpDate != null) ? this.followUpDate : this.lastSessionDate;
	}

	Ending withSessionsLeft(int left, boolean sooner) {
		return new Ending(this.id, this.therapistId, this.clientId, this.kind, this.unplannedReason, this.reason,
				this.lastSessionDate, this.zone, this.taperEveryWeeks, this.taperFrom, this.followUpDate,
				this.proposedAt, this.noticeDays, this.noticeSessions, this.discussRequestedAt, this.closedAt, left,
				sooner);
	}

}
