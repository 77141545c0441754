package org.between.endings;

import java.time.LocalDate;
import java.util.Map;

import org.between.shared.RuleViolationException;

/**
 * A last session day in the past, or a planned ending inside the notice: 422 with a
 * problem on {@code lastSessionDate}, the earliest day that would be accepted in the text
 * and as {@code earliestDate}, with the notice ({@code noticeDays},
 * {@code noticeSessions}) and how many sessions come up to the day asked for
 * ({@code sessionsBefore}).
 */
public class EndingNoticeException extends RuleViolationException {

	private final LocalDate earliest;

	EndingNoticeException(LocalDate earliest, int noticeDays, int noticeSessions, int sessionsBefore) {
		super("lastSessionDate", "endings.lastSessionDate.notice", Map.of("earliestDate", earliest.toString(),
				"noticeDays", noticeDays, "noticeSessions", noticeSessions, "sessionsBefore", sessionsBefore),
				earliest.toString(), noticeDays, noticeSessions);
		this.earliest = earliest;
	}

	/** A last session day before today. */
	static EndingNoticeException past(LocalDate earliest) {
		return new EndingNoticeException(earliest, "endings.lastSessionDate.past");
	}

	private EndingNoticeException(LocalDate earliest, String key) {
		super("lastSessionDate", key, Map.of("earliestDate", earliest.toString()), earliest.toString());
		this.earliest = earliest;
	}

	public LocalDate earliest() {
		return this.earliest;
	}

}
