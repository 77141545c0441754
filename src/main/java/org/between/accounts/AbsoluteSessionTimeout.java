package org.between.accounts;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session twelve hours after sign-in however active it is; the idle limit (30
 * minutes) is {@code spring.session.timeout}.
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

	private final Clock clock;

	private final Duration limit;

	AbsoluteSessionTimeout(Clock clock, Duration limit) {
		this.clock = clock;
		this.limit = limit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null
				&& Instant.ofEpochMilli(session.getCreationTime()).plus(this.limit).isBefore(this.clock.instant())) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}

}
