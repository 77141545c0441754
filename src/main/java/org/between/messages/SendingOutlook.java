package org.between.messages;

import java.time.Instant;
import java.util.List;

import org.between.absences.Absence;
import org.between.contact.ContactAgreement;
import org.between.contact.ContactCategory;

/**
 * What a client is told before sending, at {@code now}: the categories they may send
 * ({@code sendable}, never {@code PHONE_EMERGENCY}), whether the therapist reads messages
 * right now ({@code readingNow}), when a message sent now will first be read
 * ({@code readFrom}) and answered ({@code respondBy}), the therapist's time away covering
 * now ({@code away}, with its cover) and the agreement's own words for a crisis and for
 * absences. Without an agreement in force {@code agreement} is null, nothing is sendable
 * and every message is kept in the journal.
 */
public record SendingOutlook(ContactAgreement agreement, List<ContactCategory> sendable, boolean readingNow,
		Instant readFrom, Instant respondBy, Absence away) {

	public SendingOutlook {
		sendable = List.copyOf(sendable);
	}

	/** Whether a message sent now waits to be read (outside the hours or time away). */
	public boolean waits() {
		return this.agreement != null && (!this.readingNow || this.away != null);
	}

}
