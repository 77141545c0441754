package org.between.safety;

import java.util.List;

/**
 * The crisis lines of one country. {@code known} is false when we have none for it; then
 * {@code emergencyNumber} is null and people are asked to call their local emergency
 * number.
 */
public record CountryLines(String country, boolean known, String emergencyNumber, List<CrisisLine> lines) {
}
