package org.between.accounts.web;

import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.Sharing;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /clients}: a therapist's linked clients, and their invitations (a new one with
 * its code and link, the open ones with their expiry, to revoke or resend).
 */
@Controller
class ClientsPage {

	private final ClientLinks links;

	private final Accounts accounts;

	private final Sharing sharing;

	ClientsPage(ClientLinks links, Accounts accounts, Sharing sharing) {
		this.links = links;
		this.accounts = accounts;
		this.sharing = sharing;
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

	/**
	 * One client: what they let the therapist see (so that it can be talked about) and
	 * where to find it. 404 unless linked.
	 */
	@GetMapping("/clients/{clientId}")
	String client(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId, Model model) {
		if (this.accounts.mustEnrolSecondFactor(me)) {
			return "redirect:/account#totp";
		}
		model.addAttribute("client", this.links.requireLinkedClient(me, clientId));
		model.addAttribute("sharing", this.sharing.of(me, clientId));
		return "accounts/client";
	}

}
