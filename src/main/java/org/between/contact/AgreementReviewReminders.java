package org.between.contact;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.between.reminders.DueReminder;
import org.between.reminders.ReminderSource;
import org.between.reminders.ReminderType;

import org.springframework.stereotype.Component;

/**
 * "Your contact agreement comes up for review", for the reminders module (each side's
 * "agreement review" choice, off until they turn it on): an agreement in force whose
 * review date has come, mentioned once, from 09:00 on that day in the agreement's zone
 * until a day later. It is a date both agreed on, not a nudge; the e-mail links to the
 * agreement and says nothing of it.
 */
@Component
class AgreementReviewReminders implements ReminderSource {

	/** Mentioned in the morning of the review day, not at midnight. */
	static final LocalTime MENTIONED_FROM = LocalTime.of(9, 0);

	static final Duration MENTIONED_FOR = Duration.ofDays(1);

	private final ContactAgreementStore store;

	AgreementReviewReminders(ContactAgreementStore store) {
		this.store = store;
	}

	@Override
	public ReminderType type() {
		return ReminderType.AGREEMENT_REVIEW;
	}

	@Override
	public List<DueReminder> due(Instant from, Instant to) {
		// Zones differ by at most a day from UTC: a day either side finds every
		// candidate.
		return this.store
			.acceptedWithReviewBetween(from.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1),
					to.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1))
			.stream()
			.filter((a) -> !at(a).isBefore(from) && at(a).isBefore(to))
			.flatMap(this::bothSides)
			.toList();
	}

	private Stream<DueReminder> bothSides(ContactAgreement agreement) {
		Instant at = at(agreement);
		String fact = "review:" + agreement.id() + ":" + agreement.reviewDate();
		return Stream.of(
				new DueReminder(agreement.clientId(), ReminderType.AGREEMENT_REVIEW, fact, at, at.plus(MENTIONED_FOR),
						"/agreement"),
				new DueReminder(agreement.therapistId(), ReminderType.AGREEMENT_REVIEW, fact, at,
						at.plus(MENTIONED_FOR), "/clients/" + agreement.clientId() + "/agreement"));
	}

	private static Instant at(ContactAgreement agreement) {
		return agreement.reviewDate().atTime(MENTIONED_FROM).atZone(agreement.readingHours().zone()).toInstant();
	}

}
