package org.between.measures;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One stored response, as the store reads it. */
record StoredResponse(UUID id, UUID clientId, Instrument instrument, List<Integer> answers, int score,
		Severity severity, boolean riskFlagged, Instant answeredAt) {
}
