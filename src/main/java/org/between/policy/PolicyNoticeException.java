package org.between.policy;

import java.time.LocalDate;
import java.util.Map;

import org.between.shared.RuleViolationException;

/**
 * A change that is not wholly in the client's favour was given too little notice. Answers
 * 422 with a field problem on {@code field} and the earliest date that would be accepted
 * as {@code earliestEffectiveFrom}.
 */
public class PolicyNoticeException extends RuleViolationException {

	private final LocalDate earliest;

	private final int noticeDays;

	public PolicyNoticeException(String field, String messageKey, LocalDate earliest, int noticeDays) {
		super(field, messageKey, Map.of("earliestEffectiveFrom", earliest.toString()), earliest.toString(), noticeDays);
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
