package org.between.safety;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code between.safety.*}.
 *
 * @param crisisLinesFile a JSON file in the format of {@code crisis-lines.json} that
 * replaces the bundled table (empty: the bundled table)
 * @param defaultCountry the country shown when neither the person nor their browser names
 * one (the PDF's font cache is {@code between.pdf.font-cache})
 */
@ConfigurationProperties("between.safety")
record SafetySettings(@DefaultValue("") String crisisLinesFile, @DefaultValue("") String defaultCountry) {
}
