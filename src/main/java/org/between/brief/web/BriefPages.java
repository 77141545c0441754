package org.between.brief.web;

import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.between.brief.Briefs;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /sessions/{id}/brief}: the brief as one printable page for the therapist. */
@Controller
class BriefPages {

	private final Briefs briefs;

	private final Accounts accounts;

	BriefPages(Briefs briefs, Accounts accounts) {
		this.briefs = briefs;
		this.accounts = accounts;
	}

	@GetMapping("/sessions/{id}/brief")
	String brief(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, Model model) {
		if (this.accounts.mustEnrolSecondFactor(me)) {
			return "redirect:/account#totp";
		}
		model.addAttribute("brief", this.briefs.brief(me, id));
		model.addAttribute("zone", me.zone());
		return "brief/brief";
	}

}
