package org.between.accounts.web;

import java.util.List;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.between.accounts.FirstRunCard;
import org.between.accounts.HomeCard;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /welcome}: the first run, where sign-up lands (signed in). Three short lines on
 * what Between is for and what it is not, the offers of other modules
 * ({@link FirstRunCard}: for a client, the safety plan "on a calm day"), and the way
 * home. It may be opened again; it never redirects anyone here twice.
 */
@Controller
class WelcomePage {

	private final Accounts accounts;

	private final List<FirstRunCard> cards;

	WelcomePage(Accounts accounts, List<FirstRunCard> cards) {
		this.accounts = accounts;
		this.cards = cards;
	}

	@GetMapping("/welcome")
	String welcome(@AuthenticationPrincipal CurrentUser me, Model model) {
		CurrentUser fresh = this.accounts.refresh(me.id());
		model.addAttribute("me", fresh);
		model.addAttribute("cards",
				this.cards.stream()
					.flatMap((card) -> card.cardFor(fresh).stream())
					.sorted(java.util.Comparator.comparingInt(HomeCard.Card::order))
					.toList());
		return "accounts/welcome";
	}

}
