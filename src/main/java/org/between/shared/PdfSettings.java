package org.between.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code between.pdf.*}: the printed documents ({@link PrintedPdf}); the old name
 * {@code between.safety.pdf-font-cache} still works ({@link DeprecatedSettings}).
 *
 * @param fontCache where PDFBox keeps its font cache
 */
@ConfigurationProperties("between.pdf")
record PdfSettings(@DefaultValue("./data/pdfbox-fontcache") String fontCache) {
}
