package org.between.contact;

import java.time.LocalDate;
import java.util.List;

/**
 * A proposal as the therapist writes it ({@code POST
 * /api/v1/clients/{clientId}/contact-agreements}). {@code allowedCategories} is required
 * and may be empty (no contact between sessions); {@code responseTimeHours} 1–168;
 * {@code crisisInstructions} required, at most 2 000 characters, {@code duringAbsences}
 * optional, at most 2 000; {@code reviewDate} optional, not in the past;
 * {@code riskEmailAlerts} off unless set; {@code readingHours} optional (Monday to
 * Friday, 09:00 to 17:00 in the therapist's zone when left out). The facade checks every
 * field and names each bad one.
 */
public record AgreementInput(List<String> allowedCategories, Integer responseTimeHours, ReadingHoursInput readingHours,
		String crisisInstructions, String duringAbsences, LocalDate reviewDate, Boolean riskEmailAlerts) {

	/**
	 * The reading hours as written: {@code days} (MONDAY … SUNDAY; weekdays when left
	 * out), {@code from} and {@code to} ("09:00" and "17:00" when left out) in the
	 * therapist's zone, {@code from} before {@code to}.
	 */
	public record ReadingHoursInput(List<String> days, String from, String to) {
	}

}
