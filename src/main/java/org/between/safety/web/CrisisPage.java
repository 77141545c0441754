package org.between.safety.web;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.between.accounts.CountryCookie;
import org.between.safety.CountryLines;
import org.between.safety.CrisisLines;
import org.between.shared.Countries;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /crisis}: public, plain HTML without scripts, printable, and independent of the
 * database and the sign-in session (see the crisis security chain). The country comes
 * from {@code ?country}, else the signed-in person's own setting (remembered in the
 * {@link CountryCookie}, so that no session is read), else every region of the browser's
 * languages; when none is known the page asks first and shows what works everywhere. It
 * is also the safety screen's stand-in when the database is down
 * ({@link SafetyWithoutDatabase}). The service worker keeps a copy for offline use
 * ({@link OfflinePages}); that copy says the day it was saved ({@link OfflineCopy}).
 */
@Controller
class CrisisPage {

	private final CrisisLines crisisLines;

	private final Clock clock;

	CrisisPage(CrisisLines crisisLines, Clock clock) {
		this.crisisLines = crisisLines;
		this.clock = clock;
	}

	@GetMapping("/crisis")
	String crisis(@RequestParam(required = false) String country,
			@CookieValue(name = CountryCookie.NAME, required = false) String saved,
			@RequestHeader(name = OfflineCopy.HEADER, required = false) String offlineCopy, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		List<Locale> browser = (request.getHeader("Accept-Language") != null) ? Collections.list(request.getLocales())
				: List.of();
		String picked = this.crisisLines.pick(country, saved, browser, null).orElse(null);
		CountryLines lines = this.crisisLines.forCountry(picked);
		model.addAttribute("country", lines);
		model.addAttribute("countryName", (picked != null) ? Countries.name(picked, locale) : null);
		model.addAttribute("countries", this.crisisLines.countries());
		// The service worker's copy: the day it was saved (in UTC: no session is read).
		OfflineCopy.mark(offlineCopy, this.clock, ZoneOffset.UTC, model);
		if (request.getAttribute(SafetyWithoutDatabase.PLAN_UNAVAILABLE) != null) {
			model.addAttribute("planUnavailable", true);
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
		return "safety/crisis";
	}

}
