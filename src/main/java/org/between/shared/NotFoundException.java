package org.between.shared;

/**
 * Thrown when an item does not exist <em>or</em> is not the caller's to see. Both answer
 * 404 so that nobody learns that another user's item exists.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException() {
		super("not found");
	}

}
