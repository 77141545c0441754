package org.between.absences.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.between.absences.CoveredAbsence;
import org.between.absences.Covering;
import org.between.accounts.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /cover} (therapists): the absences they cover for colleagues and, inside their
 * days only, the clients who chose to share;
 * {@code /cover/{absenceId}/clients/{clientId}} the client's break plan and safety plan,
 * read-only and printable (each opening is in the client's access log).
 */
@Controller
class CoverPages {

	private final Covering covering;

	CoverPages(Covering covering) {
		this.covering = covering;
	}

	@GetMapping("/cover")
	String list(@AuthenticationPrincipal CurrentUser me, Model model) {
		me.requireTherapist();
		List<CoveredAbsence> covered = this.covering.absences(me);
		model.addAttribute("covered", covered);
		model.addAttribute("days", covered.stream().map((a) -> days(a, me)).toList());
		return "absences/cover";
	}

	@GetMapping("/cover/{absenceId}/clients/{clientId}")
	String client(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID absenceId, @PathVariable UUID clientId,
			Model model) {
		me.requireTherapist();
		model.addAttribute("shared", this.covering.client(me, absenceId, clientId));
		CoveredAbsence absence = this.covering.absence(me, absenceId);
		model.addAttribute("absence", absence);
		model.addAttribute("days", days(absence, me));
		return "absences/cover-client";
	}

	private static Map<String, String> days(CoveredAbsence a, CurrentUser me) {
		DateTimeFormatter format = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", me.locale());
		return Map.of("from", format.format(a.startDate()), "to", format.format(a.endDate()));
	}

}
