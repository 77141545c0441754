package org.between.accounts.web;

import org.between.accounts.SignIn;
import org.between.shared.InvalidInputException;
import org.between.shared.NotFoundException;
import org.between.shared.web.FormProblems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /password-reset}: asking for a link answers the same whether the address has an
 * account or not; the link sets a new password once, within the hour.
 */
@Controller
class PasswordResetPages {

	private final SignIn signIn;

	PasswordResetPages(SignIn signIn) {
		this.signIn = signIn;
	}

	@GetMapping("/password-reset")
	String requestForm() {
		return "accounts/password-reset-request";
	}

	@PostMapping("/password-reset")
	String request(@RequestParam(defaultValue = "") String email, Model model) {
		this.signIn.requestPasswordReset(email);
		model.addAttribute("sent", true);
		return "accounts/password-reset-request";
	}

	@GetMapping("/password-reset/{token}")
	String newPasswordForm(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", this.signIn.isResetUsable(token));
		return "accounts/password-reset";
	}

	@PostMapping("/password-reset/{token}")
	String reset(@PathVariable String token, @RequestParam(defaultValue = "") String password, Model model) {
		model.addAttribute("token", token);
		try {
			this.signIn.resetPassword(token, password);
			return "redirect:/login?reset";
		}
		catch (NotFoundException ex) {
			model.addAttribute("usable", false);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("usable", true);
			model.addAttribute("passwordError", FormProblems.of(ex).get(0).messageKey());
		}
		return "accounts/password-reset";
	}

}
