package org.between.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The sign-in the request being answered came through, so that a change which ends the
 * person's other sign-ins keeps this one. Both are {@code null} outside a request.
 */
final class CurrentRequest {

	private CurrentRequest() {
	}

	static String sessionId() {
		HttpServletRequest request = request();
		HttpSession session = (request != null) ? request.getSession(false) : null;
		return (session != null) ? session.getId() : null;
	}

	static String bearerToken() {
		HttpServletRequest request = request();
		return (request != null) ? BearerTokenFilter.token(request).orElse(null) : null;
	}

	/** The address it came from, for the rate limits of failed attempts. */
	static String address() {
		HttpServletRequest request = request();
		return (request != null) ? request.getRemoteAddr() : null;
	}

	private static HttpServletRequest request() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

}
