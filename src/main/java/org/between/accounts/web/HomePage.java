package org.between.accounts.web;

import java.util.Comparator;
import java.util.List;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.HomeCard;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: what Between is when signed out; the person's home when signed in. */
@Controller
class HomePage {

	private final Accounts accounts;

	private final ClientLinks links;

	private final List<HomeCard> cards;

	HomePage(Accounts accounts, ClientLinks links, List<HomeCard> cards) {
		this.accounts = accounts;
		this.links = links;
		this.cards = cards;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser me, Model model) {
		if (me == null) {
			return "accounts/landing";
		}
		CurrentUser fresh = this.accounts.refresh(me.id());
		model.addAttribute("me", fresh);
		model.addAttribute("cards",
				this.cards.stream()
					.flatMap((card) -> card.cardFor(fresh).stream())
					.sorted(Comparator.comparingInt(HomeCard.Card::order))
					.toList());
		if (fresh.isTherapist()) {
			boolean mustEnrol = this.accounts.mustEnrolSecondFactor(fresh);
			model.addAttribute("mustEnrol", mustEnrol);
			if (!mustEnrol) {
				model.addAttribute("clients", this.links.clients(fresh));
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
