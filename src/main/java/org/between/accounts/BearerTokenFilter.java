package org.between.accounts;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.between.shared.web.Problems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in API requests that carry {@code Authorization: Bearer <token>}. */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String PREFIX = "Bearer ";

	private final SignIn signIn;

	private final Problems problems;

	BearerTokenFilter(SignIn signIn, Problems problems) {
		this.signIn = signIn;
		this.problems = problems;
	}

	static Optional<String> token(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			return Optional.empty();
		}
		return Optional.of(header.substring(PREFIX.length()).strip());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> token = token(request);
		if (token.isPresent()) {
			Optional<CurrentUser> user = token.get().isEmpty() ? Optional.empty()
					: this.signIn.authenticateToken(token.get());
			if (user.isEmpty()) {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
				this.problems.write(response, this.problems.of(HttpStatus.UNAUTHORIZED, "problem.tokenInvalid",
						LocaleContextHolder.getLocale()));
				return;
			}
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(Authorities.authenticated(user.get()));
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}

}
