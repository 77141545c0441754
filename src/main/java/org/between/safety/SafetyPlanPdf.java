package org.between.safety;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.between.shared.PrintedPdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The safety plan as a PDF (openhtmltopdf), laid out to fit one page when the plan is of
 * an ordinary length. The text comes from a Thymeleaf XHTML template with every number
 * written out, since paper has no "call" button.
 */
@Component
class SafetyPlanPdf {

	/**
	 * The language the PDF is written in (the messages are English), given to screen
	 * readers as the document's language.
	 */
	static final String LANGUAGE = "en";

	private final ITemplateEngine templates;

	private final PrintedPdf printed;

	SafetyPlanPdf(ITemplateEngine templates, PrintedPdf printed) {
		this.templates = templates;
		this.printed = printed;
	}

	byte[] render(SafetyPlan plan, List<CrisisLine> crisisLines, String displayName, ZoneId zone, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("plan", plan);
		context.setVariable("crisisLines", crisisLines);
		context.setVariable("name", displayName);
		context.setVariable("zone", zone);
		context.setVariable("lang", LANGUAGE);
		return this.printed.render(this.templates.process("safety/plan-pdf", context));
	}

}
