package org.between.data;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases the accounts whose grace period is over ({@code between.data.erase-cron}, hourly
 * by default), on one instance at a time (ShedLock {@code data-erase}); each erasure also
 * locks its deletion row, so two instances never erase the same person twice.
 */
@Component
class ErasureJob {

	private final DataDeletion deletion;

	ErasureJob(DataDeletion deletion) {
		this.deletion = deletion;
	}

	@Scheduled(cron = "${between.data.erase-cron:0 20 * * * *}")
	@SchedulerLock(name = "data-erase", lockAtMostFor = "PT30M")
	void eraseDue() {
		this.deletion.eraseDue();
	}

}
