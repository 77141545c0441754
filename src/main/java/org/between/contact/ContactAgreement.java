package org.between.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One contact agreement between a therapist and a client, as both read it: which contact
 * between sessions is agreed ({@code allowedCategories}, possibly none), the promised
 * response time counted in the reading hours, the therapist's own words for a crisis and
 * for their absences, the review date, and whether the therapist is e-mailed when an
 * answer leads to the safety screen ({@code riskEmailAlerts}, in force only once the
 * client accepted). {@code acceptedAt}, {@code discussedAt} and {@code endedAt}
 * (superseded or replaced) are null until they happen; {@code discussionEntryId} is the
 * journal entry that put it on the agenda.
 */
public record ContactAgreement(UUID id, UUID clientId, UUID therapistId, AgreementStatus status,
		List<ContactCategory> allowedCategories, int responseTimeHours, ReadingHours readingHours,
		String crisisInstructions, String duringAbsences, LocalDate reviewDate, boolean riskEmailAlerts,
		Instant proposedAt, Instant acceptedAt, Instant discussedAt, Instant endedAt, UUID discussionEntryId) {

	public ContactAgreement {
		allowedCategories = List.copyOf(allowedCategories);
	}

	/** Whether a message of this category is agreed. */
	public boolean allows(ContactCategory category) {
		return this.allowedCategories.contains(category);
	}

	/** The response-time rule: when an answer to a message sent at a moment is due. */
	public ResponseDeadline responseDeadline() {
		return new ResponseDeadline(this.readingHours, this.responseTimeHours);
	}

	/**
	 * When a message sent at {@code sentAt} is due an answer (see
	 * {@link ResponseDeadline}).
	 */
	public Instant respondBy(Instant sentAt) {
		return responseDeadline().respondBy(sentAt);
	}

	/** Whether the review date has come (on {@code today} in the agreement's zone). */
	public boolean reviewDue(LocalDate today) {
		return this.reviewDate != null && !this.reviewDate.isAfter(today);
	}

}
