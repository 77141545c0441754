package org.between.safety.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.between.shared.InvalidInputException;
import org.between.shared.InvalidInputException.FieldProblem;
import org.between.shared.web.FormProblems;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

/**
 * The plan form's problems, each on its field, a contact's named after the person it is
 * about ("Jo's phone number: …"), so that the summary at the top of a long form says
 * which of several rows to fix. Other problems go on the form as {@link FormProblems}
 * puts them.
 */
final class ContactProblems {

	private static final Pattern CONTACT_FIELD = Pattern
		.compile("(peopleToAsk|professionals)\\[(\\d+)]\\.(name|phone)");

	private ContactProblems() {
	}

	static void reject(BindingResult result, InvalidInputException ex, SafetyPlanForm form) {
		List<FieldProblem> others = ex.problems().stream().filter((p) -> !onContact(result, p, form)).toList();
		if (!others.isEmpty()) {
			FormProblems.reject(result, new InvalidInputException(others));
		}
	}

	/** Puts a contact's problem on its row; false when it is not a contact's. */
	private static boolean onContact(BindingResult result, FieldProblem problem, SafetyPlanForm form) {
		Matcher field = CONTACT_FIELD.matcher(problem.field());
		if (!field.matches()) {
			return false;
		}
		String group = field.group(1);
		List<SafetyPlanForm.ContactRow> rows = "peopleToAsk".equals(group) ? form.getPeopleToAsk()
				: form.getProfessionals();
		int index = Integer.parseInt(field.group(2));
		String name = (index < rows.size()) ? text(rows.get(index).getName()) : "";
		String phone = (index < rows.size()) ? text(rows.get(index).getPhone()) : "";
		String key = ("phone".equals(field.group(3)) && !name.isEmpty()) ? "safety.contact.phoneOf"
				: ("name".equals(field.group(3)) && !phone.isEmpty()) ? "safety.contact.nameFor" : "safety.contact.row";
		Object[] args = { name.isEmpty() ? phone : name, index + 1,
				new DefaultMessageSourceResolvable(problem.messageKey()),
				new DefaultMessageSourceResolvable("safety.step." + group) };
		result.rejectValue(problem.field(), key, args, null);
		return true;
	}

	private static String text(String typed) {
		return (typed == null) ? "" : typed.strip();
	}

}
