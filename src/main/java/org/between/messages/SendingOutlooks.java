package org.between.messages;

import java.time.Instant;
import java.util.Optional;

import org.between.absences.Absence;
import org.between.absences.Absences;
import org.between.accounts.CurrentUser;
import org.between.contact.ContactAgreement;
import org.between.contact.ContactCategory;
import org.springframework.stereotype.Component;

/**
 * When a message sent now is read and answered. The agreement's rule
 * ({@link ContactAgreement#respondBy}: the response time counted in the reading hours)
 * starts when the message is sent — or, while the therapist is away, at the end of that
 * time away (its last day in the therapist's zone): the promise was made for the weeks
 * the therapist works, and the client sees before sending who covers meanwhile. Time away
 * announced for later is not counted in: the deadline is the one of the day it is sent.
 */
@Component
class SendingOutlooks {

	private final Absences absences;

	SendingOutlooks(Absences absences) {
		this.absences = absences;
	}

	SendingOutlook of(CurrentUser client, ContactAgreement agreement, Instant now) {
		Optional<Absence> away = this.absences.forClient(client).stream().filter((a) -> a.covers(now)).findFirst();
		Instant from = away.map(Absence::endsAt).orElse(now);
		return new SendingOutlook(agreement,
				agreement.allowedCategories().stream().filter((c) -> c != ContactCategory.PHONE_EMERGENCY).toList(),
				agreement.responseDeadline().isReadingTime(now), agreement.responseDeadline().nextReadingStart(from),
				agreement.respondBy(from), away.orElse(null));
	}

	SendingOutlook none(CurrentUser client, Instant now) {
		Optional<Absence> away = this.absences.forClient(client).stream().filter((a) -> a.covers(now)).findFirst();
		return new SendingOutlook(null, java.util.List.of(), false, null, null, away.orElse(null));
	}

}
