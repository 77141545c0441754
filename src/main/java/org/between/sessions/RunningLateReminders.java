package org.between.sessions;

import java.time.Instant;
import java.util.List;

import org.between.accounts.CurrentUser;
import org.between.reminders.DueReminder;
import org.between.reminders.ReminderSource;
import org.between.reminders.ReminderType;
import org.springframework.stereotype.Component;

/**
 * "Running late" by e-mail, for clients who turned it on (issue 18): a fact, the
 * therapist said it, reported from the moment it was said until the session's start plus
 * the minutes said, while the session is still scheduled and not begun. The e-mail names
 * the time only and links to the session's page; the home page shows it at once anyway.
 */
@Component
class RunningLateReminders implements ReminderSource {

	private final SessionStore store;

	RunningLateReminders(SessionStore store) {
		this.store = store;
	}

	@Override
	public ReminderType type() {
		return ReminderType.RUNNING_LATE;
	}

	@Override
	public List<DueReminder> due(Instant from, Instant to) {
		return this.store.lateAnnounced(from, to)
			.stream()
			.map((s) -> new DueReminder(s.clientId(), ReminderType.RUNNING_LATE,
					s.id() + "@" + s.runningLate().announcedAt(), s.runningLate().announcedAt(),
					s.startsAt().plusSeconds(60L * s.runningLate().minutes()), "/sessions/" + s.id()))
			.toList();
	}

	@Override
	public boolean offeredTo(CurrentUser person) {
		return person.isClient();
	}

}
