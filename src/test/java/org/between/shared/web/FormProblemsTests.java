package org.between.shared.web;

import java.util.List;
import java.util.Map;

import org.between.shared.InputProblems;
import org.between.shared.InvalidInputException;
import org.between.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormProblemsTests {

	record Form(String name, String steps, String code) {
	}

	private static InvalidInputException refused(InputProblems problems) {
		try {
			problems.throwIfAny();
		}
		catch (InvalidInputException ex) {
			return ex;
		}
		throw new AssertionError("no problems");
	}

	@Test
	void eachProblemGoesUnderItsFieldOfARecordForm() {
		var form = new BeanPropertyBindingResult(new Form("", "", ""), "form");
		FormProblems.reject(form, refused(new InputProblems().add("name", "a.name").add("other", "a.other")));
		assertThat(form.getFieldErrors()).extracting(FieldError::getField, FieldError::getCode)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("name", "a.name"));
		assertThat(form.getGlobalErrors()).extracting(ObjectError::getCode).containsExactly("a.other");
	}

	@Test
	void renamedAndNumberedFieldsLandOnTheFormsField() {
		var form = new BeanPropertyBindingResult(new Form("", "", ""), "form");
		FormProblems.reject(form,
				refused(new InputProblems().add("steps[2]", "a.tooLong")
					.add("steps[5]", "a.tooLong")
					.add("rhythm", "a.rhythm")),
				Map.of("rhythm", "code"));
		assertThat(form.getFieldErrors()).extracting(FieldError::getField, FieldError::getCode)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("steps", "a.tooLong"),
					org.assertj.core.groups.Tuple.tuple("code", "a.rhythm"));
		FormProblems.Shown shown = FormProblems.shown(form);
		assertThat(shown.has("steps")).isTrue();
		assertThat(shown.key("code")).isEqualTo("a.rhythm");
		assertThat(shown.entries()).extracting(Map.Entry::getKey).containsExactly("steps", "code");
		assertThat(FormProblems.Shown.none().isEmpty()).isTrue();
	}

	@Test
	void aPageThatListsProblemsItselfGetsThemRenamedInOrder() {
		InvalidInputException ex = refused(new InputProblems().add("before", "k.before").add("after", "k.after"));
		assertThat(FormProblems.of(ex, Map.of("after", "later")))
			.containsExactly(new FieldProblem("before", "k.before"), new FieldProblem("later", "k.after"));
	}

	@Test
	void theCollectorRefusesOnlyWithProblemsAndKeepsTheirOrder() {
		InputProblems problems = new InputProblems().require(true, "a", "k.a");
		problems.throwIfAny();
		assertThat(problems.isEmpty()).isTrue();
		problems.require(false, "b", "k.b").addAll(List.of(new FieldProblem("c", "k.c")));
		assertThat(problems.has("b")).isTrue();
		assertThat(problems.has("a")).isFalse();
		assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("b", "c"));
	}

}
