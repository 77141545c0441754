package org.between.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Where to go after signing in again when a form was posted after the idle sign-out: back
 * to that form (its draft, kept on the device, fills it in). Only paths this application
 * set itself are kept, in the new session; anything else goes home.
 */
final class ResumeAfterSignIn {

	private static final String ATTRIBUTE = ResumeAfterSignIn.class.getName();

	private ResumeAfterSignIn() {
	}

	/** Keeps the page in a (new) session; without a session store nothing is kept. */
	static void remember(HttpServletRequest request, String page) {
		if (!isLocalPath(page)) {
			return;
		}
		try {
			request.getSession(true).setAttribute(ATTRIBUTE, page);
		}
		catch (RuntimeException ex) {
			// The session store is not reachable: the person goes home after signing in.
		}
	}

	/** The page to go to after signing in, once; the home page when none was kept. */
	static String take(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return "/";
		}
		Object page = session.getAttribute(ATTRIBUTE);
		session.removeAttribute(ATTRIBUTE);
		return (page instanceof String path && isLocalPath(path)) ? path : "/";
	}

	private static boolean isLocalPath(String page) {
		return page != null && page.startsWith("/") && !page.startsWith("//") && !page.contains("\\")
				&& page.chars().noneMatch(Character::isISOControl);
	}

}
