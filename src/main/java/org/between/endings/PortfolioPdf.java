package org.between.endings;

import java.time.Clock;
import java.time.LocalDate;

import org.between.accounts.CurrentUser;
import org.between.safety.SafetyNet;
import org.between.shared.PrintedPdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The portfolio as a PDF to keep and print ({@link PrintedPdf}): every section in the
 * order of the page, the skills with the client's own numbers, the safety plan with every
 * number written out and the crisis lines of their country, the letters, what they kept.
 * The text comes from the XHTML template {@code endings/portfolio-pdf}.
 */
@Component
class PortfolioPdf {

	/** The language the PDF is written in (the messages are English). */
	static final String LANGUAGE = "en";

	private final ITemplateEngine templates;

	private final PrintedPdf printed;

	private final SafetyNet safetyNet;

	private final Clock clock;

	PortfolioPdf(ITemplateEngine templates, PrintedPdf printed, SafetyNet safetyNet, Clock clock) {
		this.templates = templates;
		this.printed = printed;
		this.safetyNet = safetyNet;
		this.clock = clock;
	}

	byte[] render(Portfolio portfolio, CurrentUser client) {
		Context context = new Context(client.locale());
		context.setVariable("portfolio", portfolio);
		context.setVariable("plan", portfolio.safetyPlan());
		context.setVariable("crisisLines", this.safetyNet.linesFor(client));
		context.setVariable("name", client.displayName());
		context.setVariable("zone", client.zone());
		context.setVariable("today", LocalDate.now(this.clock.withZone(client.zone())));
		context.setVariable("lang", LANGUAGE);
		return this.printed.render(this.templates.process("endings/portfolio-pdf", context));
	}

}
