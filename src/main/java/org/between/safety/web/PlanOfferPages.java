package org.between.safety.web;

import org.between.accounts.CurrentUser;
import org.between.safety.SafetyPlanOffer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Not now" on the offer to write the safety plan on a calm day (first run and home):
 * remembered, and the offer is not made again.
 */
@Controller
class PlanOfferPages {

	private final SafetyPlanOffer offer;

	PlanOfferPages(SafetyPlanOffer offer) {
		this.offer = offer;
	}

	@PostMapping("/safety/offer/not-now")
	String notNow(@AuthenticationPrincipal CurrentUser me) {
		this.offer.decline(me);
		return "redirect:/";
	}

}
