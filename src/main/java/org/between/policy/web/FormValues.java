package org.between.policy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.between.shared.InputProblems;

/**
 * Text from a form field as a number, an amount, a choice or a day; a problem for the
 * field otherwise (the facade checks the ranges).
 */
final class FormValues {

	private FormValues() {
	}

	/** A whole number; null with {@code key} for the field when it is not one. */
	static Integer number(String text, String field, String key, InputProblems problems) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException | NullPointerException ex) {
			problems.add(field, key);
			return null;
		}
	}

	/** An amount ("60", "60.00", "60,50"); null with a problem when empty or not one. */
	static BigDecimal money(String text, String field, InputProblems problems) {
		if (text == null || text.isBlank()) {
			problems.add(field, "frame.policy.fee.required");
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			problems.add(field, "frame.policy.fee.range");
			return null;
		}
	}

	/** One of the enum's names; null with {@code key} for the field otherwise. */
	static <E extends Enum<E>> E choice(Class<E> type, String text, String field, String key, InputProblems problems) {
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			problems.add(field, key);
			return null;
		}
	}

	/** A day (yyyy-mm-dd, as the date field sends it); null when empty. */
	static LocalDate date(String text, InputProblems problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add("effectiveFrom", "frame.form.date");
			return null;
		}
	}

}
