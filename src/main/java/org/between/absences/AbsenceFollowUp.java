package org.between.absences;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.between.sessions.SessionView;
import org.between.sessions.Sessions;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Standing appointments make their sessions twelve weeks ahead and a little more every
 * hour, so an absence announced further ahead meets sessions that did not exist yet.
 * Every hour, a few minutes after they are made (one instance at a time), those that fall
 * inside an absence still to end are cancelled as the announcement cancelled the others
 * and counted with it; clients were told of the absence already, so no e-mail. One-off
 * sessions booked after the announcement are the therapist's own choice and stay.
 */
@Component
class AbsenceFollowUp {

	private final AbsenceStore store;

	private final Sessions sessions;

	private final Accounts accounts;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AbsenceFollowUp(AbsenceStore store, Sessions sessions, Accounts accounts, MessageSource messages,
			TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.sessions = sessions;
		this.accounts = accounts;
		this.messages = messages;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Each absence in a transaction of its own, so that one cannot hold up the others.
	 */
	@Scheduled(cron = "${between.absences.follow-up-cron:0 17 * * * *}")
	@SchedulerLock(name = "absences-follow-up", lockAtMostFor = "PT10M")
	void run() {
		Instant now = this.clock.instant();
		LocalDate yesterday = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
		for (Absence absence : this.store.runningOrComing(yesterday)) {
			if (absence.endsAt().isAfter(now)) {
				this.transactions.executeWithoutResult((status) -> followUp(absence));
			}
		}
	}

	private void followUp(Absence absence) {
		CurrentUser therapist = this.accounts.refresh(absence.therapistId());
		this.store.lock(therapist.id());
		List<SessionView> cancelled = this.sessions.cancelGeneratedForAbsence(therapist, absence.awayDays(),
				absence.announcedAt(), Absences.reason(this.messages, therapist, absence));
		this.store.cancelled(absence.id(), cancelled, this.clock.instant());
	}

}
