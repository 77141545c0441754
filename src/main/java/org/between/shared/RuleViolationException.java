package org.between.shared;

import java.util.Map;

/**
 * The input is well-formed but a rule of the frame refuses it (a policy change without
 * enough notice, cancelling a session that already began): 422. The message key's text
 * takes {@code args}; {@code properties} go into the problem as they are (e.g. the
 * earliest allowed date), so that a program can act on them. Nothing is stored.
 */
public class RuleViolationException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] args;

	private final Map<String, Object> properties;

	public RuleViolationException(String field, String messageKey, Map<String, Object> properties, Object... args) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.properties = Map.copyOf(properties);
		this.args = args.clone();
	}

	public RuleViolationException(String field, String messageKey) {
		this(field, messageKey, Map.of());
	}

	/** The field the rule is about, or null when it is about the request as a whole. */
	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args.clone();
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

}
