package org.between.accounts;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hides cookies from the crisis paths and static resources, ahead of Spring Session. With
 * a session cookie, even "is there a session?" (asked by Spring MVC, Spring Security and
 * our own filters) makes Spring Session read the session table, and the crisis page must
 * answer with the database down. The only cookie left is the {@link CountryCookie}; the
 * safety screen's stand-in ({@code SafetyWithoutDatabase}) uses the same wrapper.
 */
public class CrisisWithoutSession extends OncePerRequestFilter {

	private final RequestMatcher crisisPaths;

	CrisisWithoutSession(RequestMatcher crisisPaths) {
		this.crisisPaths = crisisPaths;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.crisisPaths.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new WithoutCookies(request), response);
	}

	/** The request as it would be without a session cookie: see the class comment. */
	public static HttpServletRequest withoutSession(HttpServletRequest request) {
		return new WithoutCookies(request);
	}

	private static final class WithoutCookies extends HttpServletRequestWrapper {

		private final Cookie[] kept;

		WithoutCookies(HttpServletRequest request) {
			super(request);
			Cookie[] all = request.getCookies();
			this.kept = (all == null) ? null
					: Arrays.stream(all).filter((c) -> CountryCookie.NAME.equals(c.getName())).toArray(Cookie[]::new);
		}

		@Override
		public Cookie[] getCookies() {
			return (this.kept == null || this.kept.length == 0) ? null : this.kept.clone();
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.COOKIE.equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.COOKIE.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public String getRequestedSessionId() {
			return null;
		}

		@Override
		public boolean isRequestedSessionIdValid() {
			return false;
		}

	}

}
