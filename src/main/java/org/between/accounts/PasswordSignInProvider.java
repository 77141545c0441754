package org.between.accounts;

import org.between.shared.TooManyAttemptsException;
import org.between.shared.UnauthorizedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The first step of the sign-in form: e-mail and password. When the account has
 * two-factor sign-in, it stops with {@link SecondFactorRequired} and the person is asked
 * for a code.
 */
class PasswordSignInProvider implements AuthenticationProvider {

	private final SignIn signIn;

	PasswordSignInProvider(SignIn signIn) {
		this.signIn = signIn;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		try {
			var check = this.signIn.checkPassword(authentication.getName(),
					String.valueOf(authentication.getCredentials()), address);
			if (check.needsSecondFactor()) {
				throw new SecondFactorRequired(check);
			}
			return Authorities.authenticated(this.signIn.checkSecondFactor(check.userId(), null, address));
		}
		catch (UnauthorizedException ex) {
			if (SignIn.DELETION_PENDING.equals(ex.messageKey())) {
				throw new DeletionPending();
			}
			throw new BadCredentialsException("signIn.failed");
		}
		catch (TooManyAttemptsException ex) {
			throw new TooManyAttempts(ex);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** The password was right and a TOTP code must follow. */
	static final class SecondFactorRequired extends AuthenticationException {

		private final transient SignIn.PasswordCheck check;

		SecondFactorRequired(SignIn.PasswordCheck check) {
			super("second factor required");
			this.check = check;
		}

		SignIn.PasswordCheck check() {
			return this.check;
		}

	}

	/** The password was right, and the account is waiting to be deleted. */
	static final class DeletionPending extends AuthenticationException {

		DeletionPending() {
			super("deletion pending");
		}

	}

	static final class TooManyAttempts extends AuthenticationException {

		TooManyAttempts(TooManyAttemptsException cause) {
			super("too many attempts", cause);
		}

	}

}
