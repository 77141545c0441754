package org.between.reminders.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.between.accounts.CurrentUser;
import org.between.reminders.ReminderPreferences;
import org.between.reminders.ReminderPreferences.Choice;
import org.between.reminders.ReminderPreferences.QuietHours;
import org.between.reminders.ReminderPreferences.SessionReminder;
import org.between.reminders.Reminders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API.md "additions (second wave)": {@code GET|PUT /api/v1/me/notifications}. */
@RestController
@RequestMapping("/api/v1/me/notifications")
@Tag(name = "reminders")
class NotificationsApi {

	private final Reminders reminders;

	NotificationsApi(Reminders reminders) {
		this.reminders = reminders;
	}

	@GetMapping
	@Operation(summary = "Your e-mail reminders: every type off until you turn it on",
			description = "Quiet hours are 21:00–08:00 in your time zone until you change them.")
	ReminderPreferences preferences(@AuthenticationPrincipal CurrentUser me) {
		return this.reminders.preferences(me);
	}

	@PutMapping
	@Operation(summary = "Choose your e-mail reminders",
			description = "Every part is required but `runningLate` (off when left out). `hoursBefore` 1–72; quiet hours `HH:mm` in your time zone (the "
					+ "same time twice: none). At most one reminder per type and day; each e-mail has a one-click "
					+ "unsubscribe for its type.")
	ReminderPreferences change(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody NotificationsBody body) {
		return this.reminders.change(me, body.toPreferences());
	}

	/** The whole choice, as {@code GET} answers it. */
	record NotificationsBody(@NotNull @Valid SessionPart sessionReminder, @NotNull @Valid ChoicePart measureDue,
			@NotNull @Valid ChoicePart agreementReview, @NotNull @Valid ChoicePart replies,
			@NotNull @Valid QuietPart quietHours, @Valid ChoicePart runningLate) {

		ReminderPreferences toPreferences() {
			return new ReminderPreferences(
					new SessionReminder(this.sessionReminder.enabled(), this.sessionReminder.hoursBefore()),
					new Choice(this.measureDue.enabled()), new Choice(this.agreementReview.enabled()),
					new Choice(this.replies.enabled()), new QuietHours(this.quietHours.from(), this.quietHours.to()),
					new Choice(this.runningLate != null && Boolean.TRUE.equals(this.runningLate.enabled())));
		}

	}

	record SessionPart(@NotNull Boolean enabled,
			@NotNull @Min(ReminderPreferences.MIN_HOURS_BEFORE) @Max(ReminderPreferences.MAX_HOURS_BEFORE) Integer hoursBefore) {
	}

	record ChoicePart(@NotNull Boolean enabled) {
	}

	/** {@code HH:mm}; the facade checks the format. */
	record QuietPart(@NotNull String from, @NotNull String to) {
	}

}
