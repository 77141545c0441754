package org.between.shared;

import java.util.ArrayList;
import java.util.List;

import org.between.shared.InvalidInputException.FieldProblem;

/**
 * Collects what is wrong with one input so that a person hears about every field at once,
 * then refuses the input as a whole. The one way facades validate:
 * {@code new InputProblems().require(ok, "field", "key")…throwIfAny()}.
 */
public final class InputProblems {

	private final List<FieldProblem> problems = new ArrayList<>();

	/** Notes a problem with {@code field} unless {@code ok}. */
	public InputProblems require(boolean ok, String field, String messageKey) {
		if (!ok) {
			add(field, messageKey);
		}
		return this;
	}

	public InputProblems add(String field, String messageKey) {
		this.problems.add(new FieldProblem(field, messageKey));
		return this;
	}

	/** Adds the problems another check found, for example a nested part's. */
	public InputProblems addAll(List<FieldProblem> more) {
		this.problems.addAll(more);
		return this;
	}

	/** The problems noted so far, in the order they were noted. */
	public List<FieldProblem> problems() {
		return List.copyOf(this.problems);
	}

	public boolean isEmpty() {
		return this.problems.isEmpty();
	}

	/** Whether {@code field} already has a problem, so that a later check can skip it. */
	public boolean has(String field) {
		return this.problems.stream().anyMatch((p) -> p.field().equals(field));
	}

	/** Refuses the input with every problem noted; does nothing when there are none. */
	public void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw new InvalidInputException(this.problems);
		}
	}

}
