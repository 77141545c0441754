package org.between.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /login}: the form; Spring Security takes the POST. */
@Controller
class LoginPage {

	@GetMapping("/login")
	String login() {
		return "accounts/login";
	}

}
