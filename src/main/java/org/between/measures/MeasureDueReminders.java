package org.between.measures;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.between.accounts.CurrentUser;
import org.between.reminders.DueReminder;
import org.between.reminders.ReminderSource;
import org.between.reminders.ReminderType;
import org.springframework.stereotype.Component;

/**
 * "A questionnaire your therapist asked for is ready", for the reminders module: the
 * moment a schedule becomes due (set, or the set number of days after the last answer),
 * mentioned once, within a day of it; answering it closes the fact. The e-mail names no
 * questionnaire.
 */
@Component
class MeasureDueReminders implements ReminderSource {

	/** A questionnaire stays ready, but it is mentioned on its day only: no nagging. */
	static final Duration MENTIONED_WITHIN = Duration.ofDays(1);

	private final MeasureStore store;

	MeasureDueReminders(MeasureStore store) {
		this.store = store;
	}

	@Override
	public ReminderType type() {
		return ReminderType.MEASURE_DUE;
	}

	@Override
	public List<DueReminder> due(Instant from, Instant to) {
		List<DueReminder> due = new ArrayList<>();
		for (MeasureStore.ScheduleWithLast s : this.store.allSchedulesWithLastAnswer()) {
			Instant at = Measures.nextDue(s.schedule(), s.lastAnswered());
			if (!at.isBefore(from) && at.isBefore(to)) {
				due.add(reminder(s.schedule(), at));
			}
		}
		return due;
	}

	private static DueReminder reminder(MeasureStore.Schedule schedule, Instant due) {
		// The link names no questionnaire: /measures lists the ones that are ready.
		return new DueReminder(schedule.clientId(), ReminderType.MEASURE_DUE, schedule.instrument().name() + "@" + due,
				due, due.plus(MENTIONED_WITHIN), "/measures");
	}

	/** Therapists answer no questionnaires. */
	@Override
	public boolean offeredTo(CurrentUser person) {
		return person.isClient();
	}

}
