package org.between.journal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new entry as the client writes it. The title is optional; the body is kept exactly as
 * written (no trimming, no normalisation). The feeling's strength (0–10) is optional.
 * Both flags are off unless set.
 */
public record NewJournalEntry(@Size(max = Journal.MAX_TITLE) String title,
		@NotBlank @Size(max = Journal.MAX_BODY) String body, @Min(0) @Max(10) Integer intensity, Boolean bringToSession,
		Boolean shareWithTherapist) {
}
