package org.between.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.between.accounts.DemoPeopleCreated;
import org.between.contact.AgreementInput.ReadingHoursInput;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo pair's contact agreement: proposed and left open, so that the demo client sees
 * how an agreement (with risk e-mails) is read and accepted, or put on the agenda.
 */
@Component
@ConditionalOnProperty(name = "between.demo.enabled", havingValue = "true")
class ContactDemoData {

	private final ContactAgreements agreements;

	private final Accounts accounts;

	private final Clock clock;

	ContactDemoData(ContactAgreements agreements, Accounts accounts, Clock clock) {
		this.agreements = agreements;
		this.accounts = accounts;
		this.clock = clock;
	}

	@EventListener
	void onDemoPeople(DemoPeopleCreated created) {
		CurrentUser therapist = this.accounts.refresh(created.therapistId());
		LocalDate today = LocalDate.now(this.clock.withZone(therapist.zone()));
		this.agreements.propose(therapist, created.clientId(),
				new AgreementInput(List.of(ContactCategory.SCHEDULING.name(), ContactCategory.BRIEF_CHECKIN.name()), 48,
						new ReadingHoursInput(null, "09:00", "17:00"),
						"If you are in crisis, call a crisis line or the emergency number first: I do not read "
								+ "messages at night or at weekends.\nThen leave me a short message and I will "
								+ "answer in my reading hours.",
						"When I am away, Dr Lee covers. Her details are in my absence note.", today.plusMonths(6),
						true));
	}

}
