package org.between.measures;

import java.time.Instant;
import java.util.UUID;

/**
 * A client answered a questionnaire. {@code riskFlagged} is true when an answer showed
 * risk (PHQ-9 item 9 above 0), so that the therapist's brief can show a flag.
 */
public record MeasureAnswered(UUID responseId, UUID clientId, Instrument instrument, int score, Instant at,
		boolean riskFlagged) {
}
