package org.between.shared;

import java.util.List;

/**
 * A domain rule refused the input. Answers 400 with each bad field listed; nothing is
 * stored.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super("invalid input");
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String messageKey) {
		this(List.of(new FieldProblem(field, messageKey)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

	/** A field and the key of its message in {@code messages.properties}. */
	public record FieldProblem(String field, String messageKey) {
	}

}
