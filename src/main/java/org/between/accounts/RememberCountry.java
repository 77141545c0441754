package org.between.accounts;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the {@link CountryCookie} in step with the signed-in person's country setting on
 * every page they open (runs inside the security filter chain, where the person is
 * known). API calls are left alone.
 */
@Component
@Order(0)
class RememberCountry extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			String remembered = CountryCookie.read(request);
			if (!Objects.equals(remembered, user.country()) && !(remembered == null && user.country() == null)) {
				CountryCookie.write(request, response, user.country());
			}
		}
		chain.doFilter(request, response);
	}

}
