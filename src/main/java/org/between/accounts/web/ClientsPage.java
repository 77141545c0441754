package org.between.accounts.web;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /clients}: a therapist's linked clients, and their invitations (a new one with
 * its code and link, the open ones with their expiry, to revoke or resend).
 */
@Controller
class ClientsPage {

	private final ClientLinks links;

	private final Accounts accounts;

	ClientsPage(ClientLinks links, Accounts accounts) {
		this.links = links;
		this.accounts = accounts;
	}

	@GetMapping("/clients")
	String clients(@AuthenticationPrincipal CurrentUser me, Model model) {
		if (this.accounts.mustEnrolSecondFactor(me)) {
			return "redirect:/account#totp";
		}
		model.addAttribute("clients", this.links.clients(me));
		model.addAttribute("invitations", this.links.openInvitations(me));
		if (!model.containsAttribute("invitationForm")) {
			model.addAttribute("invitationForm", new InvitationForm(""));
		}
		return "accounts/clients";
	}

}
