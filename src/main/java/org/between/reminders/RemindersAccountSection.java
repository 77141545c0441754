package org.between.reminders;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.between.accounts.AccountSection;
import org.between.accounts.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The "E-mail reminders" section of {@code /account}: the types a module offers this
 * person, each off until they tick it, and the quiet hours. Its form is
 * {@code org.between.reminders.web.ReminderPages}.
 */
@Component
class RemindersAccountSection implements AccountSection {

	/** After the calendar feed (100). */
	static final int ORDER = 110;

	private final Reminders reminders;

	RemindersAccountSection(Reminders reminders) {
		this.reminders = reminders;
	}

	@Override
	public Optional<Section> sectionFor(CurrentUser user) {
		Map<String, Object> model = new HashMap<>();
		model.put("types", this.reminders.offeredTo(user).stream().map(ReminderType::key).toList());
		model.put("values", values(this.reminders.preferences(user)));
		model.put("zone", user.zone().getId());
		return Optional.of(new Section("reminders/section", "section", model, ORDER));
	}

	/**
	 * The form's values, by field name; the page puts the same map back after an error,
	 * with what the person typed.
	 */
	static Map<String, Object> values(ReminderPreferences p) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (ReminderType type : ReminderType.values()) {
			values.put(type.key(), p.enabled(type));
		}
		values.put("hoursBefore", String.valueOf(p.sessionReminder().hoursBefore()));
		values.put("quietFrom", p.quietHours().from());
		values.put("quietTo", p.quietHours().to());
		return values;
	}

}
