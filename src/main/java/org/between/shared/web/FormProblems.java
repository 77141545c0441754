package org.between.shared.web;

import java.util.Map;

import org.between.shared.InvalidInputException;
import org.between.shared.InvalidInputException.FieldProblem;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/**
 * Puts the problems a facade found onto the form a page shows, so that each message sits
 * under its field. The one way pages turn an {@link InvalidInputException} into form
 * errors.
 */
public final class FormProblems {

	private FormProblems() {
	}

	/** Each problem on the form field of the same name, or on the form as a whole. */
	public static void reject(BindingResult form, InvalidInputException ex) {
		reject(form, ex, Map.of());
	}

	/**
	 * As {@link #reject(BindingResult, InvalidInputException)}, where the form names some
	 * fields differently from the facade ({@code renames}: facade field → form field).
	 */
	public static void reject(BindingResult form, InvalidInputException ex, Map<String, String> renames) {
		for (FieldProblem problem : ex.problems()) {
			String field = renames.getOrDefault(problem.field(), problem.field());
			if (isField(form, field)) {
				form.rejectValue(field, problem.messageKey());
			}
			else {
				form.reject(problem.messageKey());
			}
		}
	}

	private static boolean isField(BindingResult form, String field) {
		try {
			return form.getTarget() != null && form.getFieldType(field) != null;
		}
		catch (NotReadablePropertyException ex) {
			return false;
		}
	}

}
