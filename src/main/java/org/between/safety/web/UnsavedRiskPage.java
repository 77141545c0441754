package org.between.safety.web;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.between.safety.CrisisLines;
import org.between.safety.SafetyNet;
import org.between.shared.web.UnsavedForms;
import org.between.shared.web.UnsavedForms.UnsavedForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The crisis screen for answers that show risk but arrived after the sign-in ended, so
 * they are not saved yet: the crisis lines of the country the form named (its hidden
 * {@code country}), else of the browser's region or the default, and "Sign in to save
 * this". Reached only as a forward from the sign-in (accounts' {@code SignedOutPosts});
 * asked for directly it is simply the crisis page. Plain HTML, no script.
 */
@Controller
class UnsavedRiskPage {

	private static final Pattern COUNTRY = Pattern.compile("^[A-Za-z]{2}$");

	private final CrisisLines crisisLines;

	private final SafetyNet safetyNet;

	UnsavedRiskPage(CrisisLines crisisLines, SafetyNet safetyNet) {
		this.crisisLines = crisisLines;
		this.safetyNet = safetyNet;
	}

	@RequestMapping(UnsavedForms.CRISIS_SCREEN)
	String screen(HttpServletRequest request, Locale locale, Model model) {
		if (!(request.getAttribute(UnsavedForms.ATTRIBUTE) instanceof UnsavedForm form)) {
			return "redirect:/crisis";
		}
		String asked = request.getParameter("country");
		String country = this.crisisLines
			.pickCountry((asked != null && COUNTRY.matcher(asked.strip()).matches()) ? asked : null, locale);
		model.addAttribute("reasons", form.riskReasons());
		model.addAttribute("country", country);
		model.addAttribute("crisisLines", this.safetyNet.linesFor(country));
		model.addAttribute("signedIn", Boolean.TRUE.equals(request.getAttribute(UnsavedForms.SIGNED_IN)));
		model.addAttribute("formPage", form.page());
		model.addAttribute("draftKept", UnsavedForms.draftKept(request));
		return "safety/unsaved";
	}

}
