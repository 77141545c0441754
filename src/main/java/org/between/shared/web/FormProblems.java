package org.between.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.between.shared.InvalidInputException;
import org.between.shared.InvalidInputException.FieldProblem;
import org.springframework.beans.BeansException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Puts the problems a facade found onto the form a page shows, so that each message sits
 * under its field. The one way pages turn an {@link InvalidInputException} into form
 * errors: {@link #reject} for a page with a {@link BindingResult} (the shared field
 * fragment and error summary read it), {@link #of} for a page that lists the problems
 * itself.
 */
public final class FormProblems {

	/**
	 * A rename for a form that shows one box for a list: {@code steps[3]} is
	 * {@code steps}.
	 */
	public static final UnaryOperator<String> UNNUMBERED = FormProblems::unnumbered;

	private FormProblems() {
	}

	/** Each problem on the form field of the same name, or on the form as a whole. */
	public static void reject(BindingResult form, InvalidInputException ex) {
		reject(form, ex, Map.of());
	}

	/**
	 * As {@link #reject(BindingResult, InvalidInputException)}, where the form names some
	 * fields differently from the facade ({@code renames}: facade field → form field). A
	 * numbered part the form does not have on its own ({@code steps[3]} of a steps box)
	 * goes on the field it belongs to ({@code steps}); the same message twice on one
	 * field is said once.
	 */
	public static void reject(BindingResult form, InvalidInputException ex, Map<String, String> renames) {
		reject(form, ex, (field) -> renames.getOrDefault(field, field));
	}

	/**
	 * As {@link #reject(BindingResult, InvalidInputException, Map)}, where the form's
	 * names follow a rule ({@link #UNNUMBERED}: every numbered part on its list's field).
	 */
	public static void reject(BindingResult form, InvalidInputException ex, UnaryOperator<String> rename) {
		Set<String> said = new LinkedHashSet<>();
		for (FieldProblem problem : of(ex, rename)) {
			String field = problem.field();
			if (!isField(form, field) && isField(form, unnumbered(field))) {
				field = unnumbered(field);
			}
			if (!said.add(field + "\n" + problem.messageKey())) {
				continue;
			}
			if (isField(form, field)) {
				form.rejectValue(field, problem.messageKey());
			}
			else {
				form.reject(problem.messageKey());
			}
		}
	}

	/**
	 * The problems with each field named as the form names it ({@code renames}: facade
	 * field → form field), in the facade's order, for a page that renders its own list
	 * (an error summary with anchors into a list of actions, a form without a
	 * {@link BindingResult}).
	 */
	public static List<FieldProblem> of(InvalidInputException ex, Map<String, String> renames) {
		return of(ex, (field) -> renames.getOrDefault(field, field));
	}

	/**
	 * As {@link #of(InvalidInputException, Map)}, where the form's names follow a rule
	 * rather than a list ({@code actions[2]} is the control of the third action on the
	 * page).
	 */
	public static List<FieldProblem> of(InvalidInputException ex, UnaryOperator<String> rename) {
		return ex.problems().stream().map((p) -> new FieldProblem(rename.apply(p.field()), p.messageKey())).toList();
	}

	/** As {@link #of(InvalidInputException, Map)} without renames. */
	public static List<FieldProblem> of(InvalidInputException ex) {
		return of(ex, Map.of());
	}

	/**
	 * A form's field errors as a template that lists them reads them: the first message
	 * key of each field, in the order they were found.
	 */
	public static Shown shown(BindingResult form) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (FieldError error : form.getFieldErrors()) {
			byField.putIfAbsent(error.getField(), error.getCode());
		}
		return new Shown(byField);
	}

	private static String unnumbered(String field) {
		return field.replaceAll("\\[\\d+]$", "");
	}

	private static boolean isField(BindingResult form, String field) {
		try {
			return form.getTarget() != null && form.getFieldType(field) != null;
		}
		catch (BeansException | IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * The first message key of each field with a problem: {@code has(field)},
	 * {@code key(field)}, and {@code entries()} for an error summary that links to each
	 * field.
	 */
	public record Shown(Map<String, String> byField) {

		public Shown {
			byField = new LinkedHashMap<>(byField);
		}

		/** No problems: the form as first shown. */
		public static Shown none() {
			return new Shown(Map.of());
		}

		public boolean has(String field) {
			return this.byField.containsKey(field);
		}

		public String key(String field) {
			return this.byField.get(field);
		}

		public boolean isEmpty() {
			return this.byField.isEmpty();
		}

		public List<Map.Entry<String, String>> entries() {
			return new ArrayList<>(this.byField.entrySet());
		}

	}

}
