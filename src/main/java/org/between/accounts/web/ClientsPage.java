package org.between.accounts.web;

import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /clients}: a therapist's linked clients. */
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
		return "accounts/clients";
	}

	/** One client: where to find what they share. 404 unless linked. */
	@GetMapping("/clients/{clientId}")
	String client(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId, Model model) {
		if (this.accounts.mustEnrolSecondFactor(me)) {
			return "redirect:/account#totp";
		}
		model.addAttribute("client", this.links.requireLinkedClient(me, clientId));
		return "accounts/client";
	}

}
