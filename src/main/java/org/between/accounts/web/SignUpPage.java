package org.between.accounts.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.between.accounts.Accounts;
import org.between.accounts.SignIn;
import org.between.accounts.SignedInSession;
import org.between.shared.ConflictException;
import org.between.shared.Countries;
import org.between.shared.InvalidInputException;
import org.between.shared.web.FormProblems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /signup}: a plain form; errors stay next to their fields, nothing typed is lost.
 */
@Controller
class SignUpPage {

	private static final Map<String, String> ZONE_COUNTRIES = TimeZones.ALL.stream()
		.filter((zone) -> Countries.ofZone(zone).isPresent())
		.collect(Collectors.toUnmodifiableMap((zone) -> zone, (zone) -> Countries.ofZone(zone).orElseThrow()));

	private final Accounts accounts;

	private final SignIn signIn;

	private final SignedInSession session;

	SignUpPage(Accounts accounts, SignIn signIn, SignedInSession session) {
		this.accounts = accounts;
		this.signIn = signIn;
		this.session = session;
	}

	@ModelAttribute("timeZones")
	java.util.List<String> timeZones() {
		return TimeZones.ALL;
	}

	@ModelAttribute("allCountries")
	java.util.List<Countries.Country> countries(Locale locale) {
		return Countries.all(locale);
	}

	/** Each offered zone's country, for the script that keeps the country in step. */
	@ModelAttribute("zoneCountries")
	Map<String, String> zoneCountries() {
		return ZONE_COUNTRIES;
	}

	@GetMapping("/signup")
	String form(Model model) {
		model.addAttribute("form", SignUpForm.empty());
		return "accounts/signup";
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				Accounts.AccountView account = this.accounts.signUp(form.toNewAccount(locale.toLanguageTag()));
				// Signed in at once: they typed their password a moment ago.
				this.session.signInNewAccount(this.signIn.signedUp(account.id()), request, response);
				return "redirect:/welcome";
			}
			catch (InvalidInputException ex) {
				FormProblems.reject(result, ex);
			}
			catch (ConflictException ex) {
				result.rejectValue("email", ex.messageKey());
			}
		}
		// The form again, with each problem next to its field; nothing was created.
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "accounts/signup";
	}

}
