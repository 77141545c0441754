package org.between.sessions;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.between.reminders.DueReminder;
import org.between.reminders.ReminderSource;
import org.between.reminders.ReminderType;
import org.springframework.stereotype.Component;

/**
 * Appointment reminders for the reminders module: every session still on, for its client
 * and its therapist alike, useful until it starts. The e-mail names the day and time only
 * (no names), and links to the session's page.
 */
@Component
class SessionReminders implements ReminderSource {

	private final SessionStore store;

	SessionReminders(SessionStore store) {
		this.store = store;
	}

	@Override
	public ReminderType type() {
		return ReminderType.SESSION;
	}

	@Override
	public List<DueReminder> due(Instant from, Instant to) {
		return this.store.scheduledStarting(from, to).stream().flatMap(SessionReminders::bothSides).toList();
	}

	private static Stream<DueReminder> bothSides(SessionView session) {
		String path = "/sessions/" + session.id();
		String fact = session.id() + "@" + session.startsAt();
		return Stream.of(session.clientId(), session.therapistId())
			.map((person) -> new DueReminder(person, ReminderType.SESSION, fact, session.startsAt(), session.startsAt(),
					path));
	}

}
