package org.between.sessions;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, on one instance at a time, standing appointments get their sessions up to
 * {@value Sessions#WEEKS_AHEAD} weeks ahead.
 */
@Component
class StandingAppointmentExtension {

	private final Sessions sessions;

	StandingAppointmentExtension(Sessions sessions) {
		this.sessions = sessions;
	}

	@Scheduled(cron = "${between.sessions.extend-cron:0 7 * * * *}")
	@SchedulerLock(name = "frame-extend-standing", lockAtMostFor = "PT10M")
	void extend() {
		this.sessions.extendStandingAppointments();
	}

}
