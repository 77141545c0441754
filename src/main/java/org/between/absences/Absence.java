package org.between.absences;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.between.sessions.AwayDays;

/**
 * A therapist's time away as the facade answers it. {@code startDate} and {@code endDate}
 * are calendar days (both inclusive) in {@code zone}, the therapist's zone when it was
 * announced; {@code coveringTherapistId} and {@code coverName} are null when no one
 * covers; {@code withdrawnAt} is null unless it was withdrawn (then it never happened).
 * {@code cancelledSessions} is how many sessions it cancelled, for the therapist; null in
 * what a client reads. Serializable: the page hands it to the next request as a flash
 * attribute (kept in the session).
 */
public record Absence(UUID id, UUID therapistId, LocalDate startDate, LocalDate endDate, ZoneId zone,
		UUID coveringTherapistId, String coverName, String coverageNote, String messageToClients, boolean emergency,
		Instant announcedAt, Instant withdrawnAt, Integer cancelledSessions) implements Serializable {

	/** Where it stands at a moment, for lists and pages. */
	public enum Phase {

		UPCOMING, NOW, PAST, WITHDRAWN

	}

	/** The start of the first day in the zone. */
	public Instant startsAt() {
		return this.startDate.atStartOfDay(this.zone).toInstant();
	}

	/** The start of the day after the last, in the zone (exclusive). */
	public Instant endsAt() {
		return this.endDate.plusDays(1).atStartOfDay(this.zone).toInstant();
	}

	/** How many calendar days it spans, both ends counted. */
	public long days() {
		return ChronoUnit.DAYS.between(this.startDate, this.endDate) + 1;
	}

	public boolean withdrawn() {
		return this.withdrawnAt != null;
	}

	/** Whether it covers {@code at} and was not withdrawn. */
	public boolean covers(Instant at) {
		return !withdrawn() && !at.isBefore(startsAt()) && at.isBefore(endsAt());
	}

	public Phase phase(Instant now) {
		if (withdrawn()) {
			return Phase.WITHDRAWN;
		}
		if (now.isBefore(startsAt())) {
			return Phase.UPCOMING;
		}
		return now.isBefore(endsAt()) ? Phase.NOW : Phase.PAST;
	}

	/** What a client reads: the same, without what it did to other people's sessions. */
	Absence forClients() {
		return new Absence(this.id, this.therapistId, this.startDate, this.endDate, this.zone, this.coveringTherapistId,
				this.coverName, this.coverageNote, this.messageToClients, this.emergency, this.announcedAt,
				this.withdrawnAt, null);
	}

	Absence withCoverName(String name) {
		return new Absence(this.id, this.therapistId, this.startDate, this.endDate, this.zone, this.coveringTherapistId,
				name, this.coverageNote, this.messageToClients, this.emergency, this.announcedAt, this.withdrawnAt,
				this.cancelledSessions);
	}

	AwayDays awayDays() {
		return new AwayDays(this.startDate, this.endDate, this.zone);
	}

}
