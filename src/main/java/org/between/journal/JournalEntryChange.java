package org.between.journal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A change to an entry: every field is optional and only what is given changes. An empty
 * title removes the title; a body, when given, must not be blank.
 */
public record JournalEntryChange(@Size(max = Journal.MAX_TITLE) String title, @Size(max = Journal.MAX_BODY) String body,
		@Min(0) @Max(10) Integer intensity, Boolean bringToSession, Boolean shareWithTherapist) {

	/** Only the two flags, as the entry page changes them. */
	public static JournalEntryChange flags(boolean bringToSession, boolean shareWithTherapist) {
		return new JournalEntryChange(null, null, null, bringToSession, shareWithTherapist);
	}

}
