package org.between.shared;

/**
 * The request clashes with what exists (an e-mail already taken, a second active
 * therapist).
 */
public class ConflictException extends RuntimeException {

	private final String messageKey;

	public ConflictException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
