package org.between.endings;

import java.time.LocalDate;

/**
 * One kept thing: a short text as the client sees it, the day it is from, and where it
 * comes from in plain words ("Bridge note after our session").
 */
public record PortfolioKeepsake(String text, LocalDate on, String source) {
}
