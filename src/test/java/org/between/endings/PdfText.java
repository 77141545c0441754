package org.between.endings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF as PDFBox extracts it, with line breaks made spaces; and its pages as
 * images under {@code target/screenshots}, to look at how it prints.
 */
final class PdfText {

	private PdfText() {
	}

	static String of(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	/**
	 * How many pages; each written to target/screenshots/{name}-{page}.png at 100 dpi.
	 */
	static int pages(byte[] pdf, String name) throws IOException {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(document);
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				ImageIO.write(renderer.renderImageWithDPI(i, 100), "png",
						dir.resolve(name + "-" + (i + 1) + ".png").toFile());
			}
			return document.getNumberOfPages();
		}
	}

}
