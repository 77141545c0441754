package org.between.toolbox.web;

import org.between.toolbox.Toolbox.NewPractice;

/**
 * The practice form: distress before and after as rows of radio buttons 0–10, an optional
 * situation, minutes and note. Text that is not a number becomes an out-of-range value so
 * that the toolbox names the field.
 */
record PracticeForm(String distressBefore, String distressAfter, String situation, String minutes, String note) {

	static PracticeForm empty(String situation) {
		return new PracticeForm(null, null, situation, null, null);
	}

	NewPractice toNewPractice() {
		return new NewPractice(number(this.distressBefore), number(this.distressAfter), this.situation,
				number(this.minutes), this.note);
	}

	private static Integer number(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return (text.strip().length() > 6) ? -1 : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
