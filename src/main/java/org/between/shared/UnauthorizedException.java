package org.between.shared;

/** Credentials are missing or wrong. Answers 401 with the message of the given key. */
public class UnauthorizedException extends RuntimeException {

	private final String messageKey;

	public UnauthorizedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
