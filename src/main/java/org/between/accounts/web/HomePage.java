package org.between.accounts.web;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: what Between is when signed out; the person's home when signed in. */
@Controller
class HomePage {

	private final Accounts accounts;

	private final ClientLinks links;

	HomePage(Accounts accounts, ClientLinks links) {
		this.accounts = accounts;
		this.links = links;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser me, Model model) {
		if (me == null) {
			return "accounts/landing";
		}
		CurrentUser fresh = this.accounts.refresh(me.id());
		model.addAttribute("me", fresh);
		if (fresh.isTherapist()) {
			boolean mustEnrol = this.accounts.mustEnrolSecondFactor(fresh);
			model.addAttribute("mustEnrol", mustEnrol);
			if (!mustEnrol) {
				model.addAttribute("clients", this.links.clients(fresh));
			}
			if (!model.containsAttribute("invitationForm")) {
				model.addAttribute("invitationForm", new InvitationForm(""));
			}
			return "accounts/home-therapist";
		}
		model.addAttribute("therapist", this.links.therapistOf(fresh).orElse(null));
		if (!model.containsAttribute("acceptForm")) {
			model.addAttribute("acceptForm", new AcceptForm(""));
		}
		return "accounts/home-client";
	}

}
