package org.between.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.between.accounts.SecondFactorStep;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /login/second-factor}: the code step after a right password. */
@Controller
class SecondFactorPage {

	private final SecondFactorStep step;

	SecondFactorPage(SecondFactorStep step) {
		this.step = step;
	}

	@GetMapping("/login/second-factor")
	String form(HttpServletRequest request) {
		return this.step.isPending(request) ? "accounts/second-factor" : "redirect:/login?expired";
	}

	@PostMapping("/login/second-factor")
	String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		SecondFactorStep.Outcome outcome = this.step.complete(code, request, response);
		return switch (outcome.result()) {
			case SIGNED_IN -> "redirect:" + outcome.next();
			case WRONG_CODE -> {
				model.addAttribute("wrongCode", true);
				yield "accounts/second-factor";
			}
			case LOCKED -> "redirect:/login?locked";
			case EXPIRED -> "redirect:/login?expired";
		};
	}

}
