package org.between.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The page session's signed-in person: set after the second sign-in step, and replaced
 * when the profile or two-factor setting changes so that pages show what is true now.
 */
@Component
public class SignedInSession {

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	/** Signs the person in for this session, with a new session id against fixation. */
	void signIn(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		request.getSession();
		request.changeSessionId();
		store(user, request, response);
	}

	/**
	 * Signs in the person who has just made their account (sign-up page), with a new
	 * session id; {@link SignIn#signedUp} says who that is.
	 */
	public void signInNewAccount(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		signIn(user, request, response);
	}

	/** Replaces the principal of the current page session (no-op for API tokens). */
	public void replace(CurrentUser user) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getRequest().getSession(false) != null) {
			store(user, attributes.getRequest(), attributes.getResponse());
		}
	}

	private void store(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(Authorities.authenticated(user));
		this.holder.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
