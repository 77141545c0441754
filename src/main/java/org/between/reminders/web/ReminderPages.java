package org.between.reminders.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.between.accounts.CurrentUser;
import org.between.reminders.Reminders;
import org.between.shared.InvalidInputException;
import org.between.shared.web.FormProblems;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form of the "E-mail reminders" section of {@code /account} (shown by
 * {@code RemindersAccountSection}); back to {@code /account#reminders}, after a problem
 * with what was typed and the messages.
 */
@Controller
class ReminderPages {

	static final String BACK = "redirect:/account#reminders";

	/** The facade's field names → the controls' ids on the page. */
	static final Map<String, String> CONTROLS = Map.of("sessionReminder.hoursBefore", "reminders-hoursBefore",
			"quietHours.from", "reminders-quietFrom", "quietHours.to", "reminders-quietTo");

	private final Reminders reminders;

	ReminderPages(Reminders reminders) {
		this.reminders = reminders;
	}

	@PostMapping("/account/notifications")
	String change(@AuthenticationPrincipal CurrentUser me, @ModelAttribute ReminderForm form,
			RedirectAttributes redirect) {
		try {
			this.reminders.change(me, form.applyTo(this.reminders.preferences(me), this.reminders.offeredTo(me)));
			redirect.addFlashAttribute("remindersSaved", true);
		}
		catch (InvalidInputException ex) {
			Map<String, String> problems = new LinkedHashMap<>();
			FormProblems.of(ex, CONTROLS).forEach((p) -> problems.putIfAbsent(p.field(), p.messageKey()));
			redirect.addFlashAttribute("remindersProblems", problems);
			redirect.addFlashAttribute("remindersValues", form.values());
		}
		return BACK;
	}

}
