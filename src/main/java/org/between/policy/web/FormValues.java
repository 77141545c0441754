package org.between.policy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.between.shared.InvalidInputException.FieldProblem;

/** Text from a form field as an amount or a day; a problem for the field otherwise. */
final class FormValues {

	private FormValues() {
	}

	/** An amount ("60", "60.00", "60,50"); null with a problem when empty or not one. */
	static BigDecimal money(String text, String field, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem(field, "frame.policy.fee.required"));
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			problems.add(new FieldProblem(field, "frame.policy.fee.range"));
			return null;
		}
	}

	/** A day (yyyy-mm-dd, as the date field sends it); null when empty. */
	static LocalDate date(String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem("effectiveFrom", "frame.form.date"));
			return null;
		}
	}

}
