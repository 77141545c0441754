package org.between.accounts;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.between.accounts.SecurityConfiguration.PendingSecondFactor;
import org.between.shared.TooManyAttemptsException;
import org.between.shared.UnauthorizedException;
import org.springframework.stereotype.Component;

/**
 * The code step after a right password ({@code /login/second-factor}, whose page is
 * accounts/web's {@code SecondFactorPage}): it finishes what the sign-in form started, so
 * it lives next to the security configuration that leaves the pending sign-in in the
 * session.
 */
@Component
public class SecondFactorStep {

	private final SignIn signIn;

	private final SignedInSession session;

	private final Clock clock;

	SecondFactorStep(SignIn signIn, SignedInSession session, Clock clock) {
		this.signIn = signIn;
		this.session = session;
		this.clock = clock;
	}

	/** Whether this session has a right password waiting for its code (five minutes). */
	public boolean isPending(HttpServletRequest request) {
		return pending(request) != null;
	}

	/**
	 * Checks the code of the pending sign-in; when it is right, signs the person in with
	 * a new session id and says the page to go on to.
	 */
	public Outcome complete(String code, HttpServletRequest request, HttpServletResponse response) {
		PendingSecondFactor pending = pending(request);
		if (pending == null) {
			return new Outcome(Result.EXPIRED, null);
		}
		try {
			CurrentUser user = this.signIn.checkSecondFactor(pending.userId(), code, request.getRemoteAddr());
			request.getSession().removeAttribute(SecurityConfiguration.PENDING_SECOND_FACTOR);
			this.session.signIn(user, request, response);
			return new Outcome(Result.SIGNED_IN, ResumeAfterSignIn.take(request));
		}
		catch (UnauthorizedException ex) {
			return new Outcome(Result.WRONG_CODE, null);
		}
		catch (TooManyAttemptsException ex) {
			request.getSession().removeAttribute(SecurityConfiguration.PENDING_SECOND_FACTOR);
			return new Outcome(Result.LOCKED, null);
		}
	}

	private PendingSecondFactor pending(HttpServletRequest request) {
		HttpSession httpSession = request.getSession(false);
		if (httpSession == null) {
			return null;
		}
		Object pending = httpSession.getAttribute(SecurityConfiguration.PENDING_SECOND_FACTOR);
		if (pending instanceof PendingSecondFactor p && p.until().isAfter(this.clock.instant())) {
			return p;
		}
		return null;
	}

	/** How the step ended. */
	public enum Result {

		/** Signed in: go on to {@link Outcome#next()}. */
		SIGNED_IN,
		/** The code was wrong: ask again. */
		WRONG_CODE,
		/** Too many wrong codes: the pending sign-in is dropped. */
		LOCKED,
		/** No right password waits for a code (never given, or over five minutes ago). */
		EXPIRED

	}

	/**
	 * @param result how it ended
	 * @param next the page to go on to once signed in (else null)
	 */
	public record Outcome(Result result, String next) {
	}

}
