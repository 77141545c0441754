package org.between.shared;

/**
 * The caller is known but may not do this (wrong role, second factor missing). Answers
 * 403.
 */
public class ForbiddenException extends RuntimeException {

	private final String messageKey;

	public ForbiddenException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
