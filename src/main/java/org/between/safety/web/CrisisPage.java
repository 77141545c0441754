package org.between.safety.web;

import java.util.Locale;

import org.between.safety.CountryLines;
import org.between.safety.CrisisLines;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /crisis}: public, plain HTML without scripts, printable, and independent of the
 * database and the sign-in session (see the crisis security chain).
 */
@Controller
class CrisisPage {

	private final CrisisLines crisisLines;

	CrisisPage(CrisisLines crisisLines) {
		this.crisisLines = crisisLines;
	}

	@GetMapping("/crisis")
	String crisis(@RequestParam(required = false) String country, Locale locale, Model model) {
		String picked = this.crisisLines.pickCountry(country, locale);
		CountryLines lines = this.crisisLines.forCountry(picked);
		model.addAttribute("country", lines);
		model.addAttribute("countries", this.crisisLines.countries());
		return "safety/crisis";
	}

}
