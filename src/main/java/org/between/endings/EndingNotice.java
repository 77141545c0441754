package org.between.endings;

import java.time.LocalDate;
import java.util.List;

/**
 * The notice rule of a planned ending: the last session is at least {@code noticeDays}
 * days after today (in the therapist's zone) and at least {@code noticeSessions} sessions
 * of the pair are still to come up to and including that day. Both, because an ending
 * needs time and it needs sessions: four weeks with a break in them, or four sessions
 * squeezed into two weeks, leave too little room to talk the ending through (seed 000:
 * "one and a half sessions" ahead). The earliest last-session day that would be accepted
 * is the later of today plus the days and the day of the {@code noticeSessions}-th
 * session to come.
 */
final class EndingNotice {

	private final int noticeDays;

	private final int noticeSessions;

	EndingNotice(int noticeDays, int noticeSessions) {
		if (noticeDays < 0 || noticeSessions < 0) {
			throw new IllegalArgumentException("notice must not be negative");
		}
		this.noticeDays = noticeDays;
		this.noticeSessions = noticeSessions;
	}

	int noticeDays() {
		return this.noticeDays;
	}

	int noticeSessions() {
		return this.noticeSessions;
	}

	/**
	 * The first last-session day that gives the notice, given the days of the sessions to
	 * come (soonest first); with fewer sessions than needed, the day of the days alone.
	 */
	LocalDate earliest(LocalDate today, List<LocalDate> sessionDays) {
		LocalDate byDays = today.plusDays(this.noticeDays);
		if (this.noticeSessions == 0 || sessionDays.size() < this.noticeSessions) {
			return byDays;
		}
		LocalDate bySessions = sessionDays.get(this.noticeSessions - 1);
		return bySessions.isAfter(byDays) ? bySessions : byDays;
	}

	/** How many of the sessions to come fall on or before {@code lastDay}. */
	static int sessionsUpTo(LocalDate lastDay, List<LocalDate> sessionDays) {
		return (int) sessionDays.stream().filter((day) -> !day.isAfter(lastDay)).count();
	}

	boolean allows(LocalDate lastDay, LocalDate today, List<LocalDate> sessionDays) {
		return !lastDay.isBefore(today.plusDays(this.noticeDays))
				&& sessionsUpTo(lastDay, sessionDays) >= this.noticeSessions;
	}

	/**
	 * Refuses (422, naming the earliest day and how many sessions come before the one
	 * asked for) a planned ending given too little notice.
	 */
	void require(LocalDate lastDay, LocalDate today, List<LocalDate> sessionDays) {
		if (!allows(lastDay, today, sessionDays)) {
			throw new EndingNoticeException(earliest(today, sessionDays), this.noticeDays, this.noticeSessions,
					sessionsUpTo(lastDay, sessionDays));
		}
	}

}
