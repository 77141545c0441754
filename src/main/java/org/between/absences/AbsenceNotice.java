package org.between.absences;

import java.time.LocalDate;

/**
 * The notice rule: time away that is not an emergency starts at least the notice days
 * after today (in the therapist's zone), so that clients can prepare for the break with
 * their therapist (a break plan, who to turn to) instead of learning of it the week
 * before. An emergency (illness, a death in the family) may start today.
 */
final class AbsenceNotice {

	private final int noticeDays;

	AbsenceNotice(int noticeDays) {
		if (noticeDays < 0) {
			throw new IllegalArgumentException("notice days must not be negative");
		}
		this.noticeDays = noticeDays;
	}

	/** The first day time away with notice may start on. */
	LocalDate earliest(LocalDate today) {
		return today.plusDays(this.noticeDays);
	}

	boolean allows(LocalDate start, LocalDate today, boolean emergency) {
		return emergency || !start.isBefore(earliest(today));
	}

	/** Refuses (422, naming the earliest first day) time away given too little notice. */
	void require(LocalDate start, LocalDate today, boolean emergency) {
		if (!allows(start, today, emergency)) {
			throw new AbsenceNoticeException(earliest(today), this.noticeDays);
		}
	}

}
