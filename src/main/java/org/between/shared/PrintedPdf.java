package org.between.shared;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;

/**
 * Turns a well-formed XHTML page into a PDF that prints well and reads as text
 * (openhtmltopdf): tagged (PDF/UA), so that headings, lists and reading order reach
 * screen readers, with one font of wide Unicode coverage embedded. The safety plan and
 * the carry-forward portfolio use it; each writes its own XHTML template (paper has no
 * "call" button, so every number is written out there).
 */
@Component
public class PrintedPdf {

	/**
	 * The family name templates use in their CSS ({@code font-family: "Plan Sans"}).
	 */
	public static final String FONT_FAMILY = "Plan Sans";

	/**
	 * A font with wide Unicode coverage, regular and bold, embedded when the machine has
	 * it (Debian's fonts-dejavu-core; PDF/UA wants every font embedded); the PDF base
	 * font otherwise.
	 */
	private static final String FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

	private static final String BOLD_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

	PrintedPdf(PdfSettings settings) {
		// PDFBox caches system fonts in the home directory unless told otherwise.
		if (System.getProperty("pdfbox.fontcache") == null) {
			File cache = new File(settings.fontCache());
			cache.mkdirs();
			System.setProperty("pdfbox.fontcache", cache.getAbsolutePath());
		}
	}

	/** The PDF of the XHTML page (its {@code <head>} gives title, language, styles). */
	public byte[] render(String xhtml) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
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
			builder.useFont(file, FONT_FAMILY, weight, BaseRendererBuilder.FontStyle.NORMAL, true);
		}
	}

}
