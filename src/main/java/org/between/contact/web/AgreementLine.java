package org.between.contact.web;

import java.util.List;
import java.util.UUID;

/**
 * One agreement as a page shows it, already in words and in the reader's zone:
 * {@code categories} the agreed contact in words (empty: none), {@code hours} the reading
 * hours ("Monday to Friday, 09:00 to 17:00, Europe/Berlin time"), {@code responseTime}
 * the promise, the therapist's own words as written, and the dates of what happened.
 */
public record AgreementLine(UUID id, String status, String statusText, List<String> categories, String hours,
		String responseTime, String crisisInstructions, String duringAbsences, String reviewDate,
		boolean riskEmailAlerts, String proposedOn, String acceptedOn, String discussedOn, String endedOn,
		UUID discussionEntryId) {

	/** The client may still answer it. */
	public boolean open() {
		return "PROPOSED".equals(this.status) || "DISCUSS".equals(this.status);
	}

	/** The client asked to talk about it. */
	public boolean discussing() {
		return "DISCUSS".equals(this.status);
	}

}
