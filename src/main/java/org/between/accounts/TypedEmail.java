package org.between.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The e-mail address typed into a sign-in that failed, shown once in the form again, so
 * that a wrong password costs only the password. Kept in the session (never in the URL,
 * where it would reach logs and the browser's history) and taken out when the form is
 * shown.
 */
public final class TypedEmail {

	private static final String ATTRIBUTE = TypedEmail.class.getName();

	private static final int LONGEST = 254;

	private TypedEmail() {
	}

	static void keep(HttpServletRequest request) {
		String email = request.getParameter("email");
		if (email != null && !email.isBlank() && email.length() <= LONGEST) {
			request.getSession().setAttribute(ATTRIBUTE, email.strip());
		}
	}

	/** The address typed before, once; {@code null} when there is none. */
	public static String take(HttpSession session) {
		if (session == null) {
			return null;
		}
		Object email = session.getAttribute(ATTRIBUTE);
		session.removeAttribute(ATTRIBUTE);
		return (email instanceof String typed) ? typed : null;
	}

}
