package org.between.accounts.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * {@code POST /session/keep-alive}: "Stay signed in" of the idle warning. A signed-in
 * request is all it takes to start the idle time again; nothing is read or written. Like
 * every page POST it needs the CSRF token.
 */
@Controller
class KeepAlive {

	@PostMapping("/session/keep-alive")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void keepAlive() {
		// The session was touched on the way in.
	}

}
