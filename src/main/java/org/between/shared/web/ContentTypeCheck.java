package org.between.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request must name what its body is: {@code Content-Type: *}{@code /*} or
 * {@code text/*} describes no body at all, and Spring refuses to even read such a header
 * (an exception deep in argument resolution, a 500 before this filter). Such a header, or
 * one that cannot be parsed, is a 415: problem+json on the API, the error page elsewhere.
 * Runs after the security filters, so that their headers are on the answer and an
 * unauthenticated request is still a 401 first.
 */
@Component
@Order(0)
class ContentTypeCheck extends OncePerRequestFilter {

	private final Problems problems;

	ContentTypeCheck(Problems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.CONTENT_TYPE);
		if (header == null || names(header)) {
			chain.doFilter(request, response);
			return;
		}
		if (ApiPaths.isApi(request)) {
			this.problems.write(response, this.problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.status.415",
					LocaleContextHolder.getLocale()));
		}
		else {
			response.sendError(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
		}
	}

	/** A concrete media type, e.g. {@code application/json; charset=utf-8}. */
	private static boolean names(String header) {
		try {
			MediaType type = MediaType.parseMediaType(header);
			return !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
