package org.between.safety.web;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.between.accounts.CrisisWithoutSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The safety screen, the plan and its PDF when the database is down. A signed-in request
 * cannot even be authenticated then (the session table is in the database), so this
 * filter sits outside Spring Session: when the request fails on the database, it answers
 * with the crisis page instead, without the session cookie, with the lines of the
 * person's country (from the {@code between_country} cookie or {@code ?country}) and a
 * note that the plan cannot be shown right now (503).
 */
class SafetyWithoutDatabase extends OncePerRequestFilter {

	/** Request attribute: the crisis page stands in for the safety screen. */
	static final String PLAN_UNAVAILABLE = SafetyWithoutDatabase.class.getName() + ".planUnavailable";

	private static final Set<String> PATHS = Set.of("/safety", "/safety/now", "/safety/plan.pdf");

	private static final Logger log = LoggerFactory.getLogger(SafetyWithoutDatabase.class);

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"GET".equals(request.getMethod()) || !PATHS.contains(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!fromTheDatabase(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("The database did not answer on {}: showing the crisis lines instead ({})",
					request.getRequestURI(), ex.toString());
			response.reset();
			HttpServletRequest withoutSession = CrisisWithoutSession.withoutSession(request);
			withoutSession.setAttribute(PLAN_UNAVAILABLE, Boolean.TRUE);
			ServletRequestPathUtils.clearParsedRequestPath(withoutSession);
			withoutSession.getRequestDispatcher("/crisis").forward(withoutSession, response);
		}
	}

	static boolean fromTheDatabase(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessException || cause instanceof TransactionException
					|| cause instanceof SQLException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication
	static class Registration {

		/** Outside Spring Session (and the crisis filter), for requests only. */
		@Bean
		FilterRegistrationBean<SafetyWithoutDatabase> safetyWithoutDatabase() {
			var registration = new FilterRegistrationBean<>(new SafetyWithoutDatabase());
			registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 2);
			return registration;
		}

	}

}
