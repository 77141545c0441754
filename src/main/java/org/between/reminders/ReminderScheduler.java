package org.between.reminders;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every five minutes ({@code between.reminders.cron}), on one instance at a time
 * (ShedLock), a {@link ReminderRound}. The lock saves work; sending once does not depend
 * on it (see {@link SentReminderStore}).
 */
@Component
class ReminderScheduler {

	private final ReminderRound round;

	private final Clock clock;

	ReminderScheduler(ReminderRound round, Clock clock) {
		this.round = round;
		this.clock = clock;
	}

	@Scheduled(cron = "${between.reminders.cron:0 */5 * * * *}")
	@SchedulerLock(name = "reminders-send", lockAtMostFor = "PT10M")
	void sendDue() {
		this.round.run(this.clock.instant());
	}

}
