package org.between.safety;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
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
	 * A font with wide Unicode coverage, regular and bold, embedded when the machine has
	 * it (Debian's fonts-dejavu-core; PDF/UA wants every font embedded); the PDF base
	 * font otherwise.
	 */
	private static final String FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

	private static final String BOLD_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

	/**
	 * The language the PDF is written in (the messages are English), given to screen
	 * readers as the document's language.
	 */
	static final String LANGUAGE = "en";

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
		context.setVariable("lang", LANGUAGE);
		String xhtml = this.templates.process("safety/plan-pdf", context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			// Tagged PDF (PDF/UA): headings, lists and reading order reach screen
			// readers.
			builder.usePdfUaAccessibility(true);
			font(builder, FONT, 400);
			font(builder, BOLD_FONT, 700);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void font(PdfRendererBuilder builder, String path, int weight) {
		File file = new File(path);
		if (file.canRead()) {
			builder.useFont(file, "Plan Sans", weight, BaseRendererBuilder.FontStyle.NORMAL, true);
		}
	}

}
