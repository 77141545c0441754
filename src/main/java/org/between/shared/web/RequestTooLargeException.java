package org.between.shared.web;

import java.io.IOException;

/** A request body grew past {@link RequestSizeLimit#MAX_BYTES} while being read. */
class RequestTooLargeException extends IOException {

	RequestTooLargeException() {
		super("request body too large");
	}

}
