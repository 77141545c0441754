package org.between.endings;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.between.sessions.SessionHeld;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends the link after the last session of an ending: when a session is recorded as held
 * (after that commit, in a transaction of its own), and every hour on one instance at a
 * time ({@code between.endings.close-cron}, ShedLock {@code endings-close}) for what no
 * event closed — a last session cancelled, an event missed.
 */
@Component
class LinkClosing {

	private final Endings endings;

	LinkClosing(Endings endings) {
		this.endings = endings;
	}

	@ApplicationModuleListener
	void onSessionHeld(SessionHeld held) {
		this.endings.closeAfter(held);
	}

	@Scheduled(cron = "${between.endings.close-cron:0 37 * * * *}")
	@SchedulerLock(name = "endings-close", lockAtMostFor = "PT10M")
	void closeDue() {
		this.endings.closeDue();
	}

}
