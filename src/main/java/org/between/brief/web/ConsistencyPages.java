package org.between.brief.web;

import org.between.accounts.CurrentUser;
import org.between.brief.Consistency;
import org.between.shared.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /consistency}: the therapist's own record, in plain numbers and a sentence each,
 * for 3, 6, 12 or 24 months. Clients get 403 (the record is a therapist's).
 */
@Controller
class ConsistencyPages {

	private final Consistency consistency;

	ConsistencyPages(Consistency consistency) {
		this.consistency = consistency;
	}

	@GetMapping("/consistency")
	String page(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String months, Model model) {
		Integer span = null;
		try {
			span = (months != null) ? Integer.valueOf(months.strip()) : null;
			model.addAttribute("record", this.consistency.of(me, span));
		}
		catch (NumberFormatException | InvalidInputException ex) {
			model.addAttribute("record", this.consistency.of(me, null));
		}
		model.addAttribute("spans", java.util.List.of(3, 6, 12, 24));
		return "brief/consistency";
	}

}
