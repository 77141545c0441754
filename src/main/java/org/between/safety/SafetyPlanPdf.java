package org.between.safety;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

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
	 * A font with wide Unicode coverage when the machine has it; the PDF base font
	 * otherwise.
	 */
	private static final List<String> FONTS = List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

	private final ITemplateEngine templates;

	SafetyPlanPdf(ITemplateEngine templates, SafetySettings settings) {
		this.templates = templates;
		// PDFBox caches system fonts in the home directory unless told otherwise.
		if (System.getProperty("pdfbox.fontcache") == null) {
			File cache = new File(settings.pdfFontCache());
			cache.mkdirs();
			System.setProperty("pdfbox.fontcache", cache.getAbsolutePath());
		}
	}

	byte[] render(SafetyPlan plan, List<CrisisLine> crisisLines, String displayName, ZoneId zone, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("plan", plan);
		context.setVariable("crisisLines", crisisLines);
		context.setVariable("name", displayName);
		context.setVariable("zone", zone);
		String xhtml = this.templates.process("safety/plan-pdf", context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			FONTS.stream()
				.map(File::new)
				.filter(File::canRead)
				.findFirst()
				.ifPresent((font) -> builder.useFont(font, "Plan Sans"));
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
