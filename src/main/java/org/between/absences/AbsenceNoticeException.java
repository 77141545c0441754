package org.between.absences;

import java.time.LocalDate;
import java.util.Map;

import org.between.shared.RuleViolationException;

/**
 * Time away that is not an emergency was announced with too little notice: 422 with a
 * problem on {@code startDate}, the earliest first day that would be accepted in the text
 * and as {@code earliestStartDate}.
 */
public class AbsenceNoticeException extends RuleViolationException {

	private final LocalDate earliest;

	private final int noticeDays;

	AbsenceNoticeException(LocalDate earliest, int noticeDays) {
		super("startDate", "absences.startDate.notice", Map.of("earliestStartDate", earliest.toString()),
				earliest.toString(), noticeDays);
		this.earliest = earliest;
		this.noticeDays = noticeDays;
	}

	public LocalDate earliest() {
		return this.earliest;
	}

	public int noticeDays() {
		return this.noticeDays;
	}

}
