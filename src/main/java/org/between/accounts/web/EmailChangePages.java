package org.between.accounts.web;

import org.between.accounts.EmailChanges;
import org.between.shared.ConflictException;
import org.between.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /email-change/{token}}: the link in the mail to the new address. Opening it only
 * shows a button (mail programs open links to check them); the button changes the
 * address. It works signed out, on whichever device the mail was read.
 */
@Controller
class EmailChangePages {

	private final EmailChanges changes;

	EmailChangePages(EmailChanges changes) {
		this.changes = changes;
	}

	@GetMapping("/email-change/{token}")
	String confirmForm(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("newEmail", this.changes.pending(token).orElse(null));
		return "accounts/email-change";
	}

	@PostMapping("/email-change/{token}")
	String confirm(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		try {
			this.changes.confirm(token);
			model.addAttribute("changed", true);
		}
		catch (NotFoundException ex) {
			model.addAttribute("newEmail", null);
		}
		catch (ConflictException ex) {
			model.addAttribute("taken", true);
		}
		return "accounts/email-change";
	}

}
