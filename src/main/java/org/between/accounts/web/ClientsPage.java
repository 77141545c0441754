package org.between.accounts.web;

import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /clients}: a therapist's linked clients. */
@Controller
class ClientsPage {

	private final ClientLinks links;

	ClientsPage(ClientLinks links) {
		this.links = links;
	}

	@GetMapping("/clients")
	String clients(@AuthenticationPrincipal CurrentUser me, Model model) {
		model.addAttribute("clients", this.links.clients(me));
		return "accounts/clients";
	}

}
