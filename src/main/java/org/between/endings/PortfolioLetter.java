package org.between.endings;

import java.time.Instant;
import java.util.UUID;

/**
 * A letter from a therapist in the client's portfolio: who wrote it (their name as it was
 * when they last wrote, kept after the link ends) and when.
 */
public record PortfolioLetter(UUID therapistId, String from, String letter, Instant writtenAt) {
}
