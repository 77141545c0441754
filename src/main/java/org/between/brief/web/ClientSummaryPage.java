package org.between.brief.web;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.between.brief.TherapistDay;
import org.between.brief.TherapistDay.ClientSummary;
import org.between.sessions.StandingAppointment;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /clients/{id}}: one client as a summary (issue 16) — next and last session, what
 * they share, the latest questionnaires with band and reliable change, the agenda, the
 * standing appointment and fee — with links only to what the therapist may see, and one
 * kind sentence where something is not shared. 404 unless linked.
 */
@Controller
class ClientSummaryPage {

	private final TherapistDay day;

	private final Accounts accounts;

	private final MessageSource messages;

	ClientSummaryPage(TherapistDay day, Accounts accounts, MessageSource messages) {
		this.day = day;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/clients/{clientId}")
	String client(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId, Model model) {
		if (this.accounts.mustEnrolSecondFactor(me)) {
			return "redirect:/account#totp";
		}
		ClientSummary summary = this.day.client(me, clientId);
		model.addAttribute("summary", summary);
		model.addAttribute("sharing", summary.sharing());
		model.addAttribute("standingLines", summary.standing().stream().map((a) -> standing(a, me)).toList());
		model.addAttribute("zone", me.zone());
		return "brief/client";
	}

	/** "Every Thursday at 12:00, 50 minutes" / "Every second Thursday …". */
	private String standing(StandingAppointment a, CurrentUser me) {
		String day = a.weekday().getDisplayName(TextStyle.FULL, me.locale());
		String time = DateTimeFormatter.ofPattern("HH:mm", me.locale()).format(a.startTime());
		return this.messages.getMessage("client.summary.standing",
				new Object[] { day, time, a.durationMinutes(), a.everyWeeks() }, me.locale());
	}

}
