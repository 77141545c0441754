package org.between.frame;

import java.time.LocalDate;

/**
 * A change that is not wholly in the client's favour was given too little notice. Answers
 * 422 with a field problem on {@code field} and the earliest date that would be accepted.
 */
public class PolicyNoticeException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final LocalDate earliest;

	private final int noticeDays;

	public PolicyNoticeException(String field, String messageKey, LocalDate earliest, int noticeDays) {
		super("notice too short; earliest " + earliest);
		this.field = field;
		this.messageKey = messageKey;
		this.earliest = earliest;
		this.noticeDays = noticeDays;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public LocalDate earliest() {
		return this.earliest;
	}

	public int noticeDays() {
		return this.noticeDays;
	}

}
