package org.between.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import org.between.accounts.TypedEmail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /login}: the form; Spring Security takes the POST. */
@Controller
class LoginPage {

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		model.addAttribute("typedEmail", TypedEmail.take(request.getSession(false)));
		return "accounts/login";
	}

}
