package org.between.shared.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The one place every error ends up that Spring MVC did not answer itself (the container,
 * security filters, unknown paths): problem+json for the API, a calm page with the "Get
 * help now" link for people.
 */
@Controller
class ErrorPages implements ErrorController {

	private final Problems problems;

	ErrorPages(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		HttpStatus status = status(request);
		if (ApiPaths.isApi(originalUri(request)) || !acceptsHtml(request)) {
			ProblemDetail problem = this.problems.of(status, "problem.status." + status.value(), locale);
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.body(problem);
		}
		ModelAndView page = new ModelAndView("error/error", status);
		page.addObject("status", status.value());
		page.addObject("messageKey", messageKey(status));
		return page;
	}

	private static boolean acceptsHtml(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept == null || accept.contains("text/html") || accept.contains("*/*");
	}

	private static String originalUri(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (uri != null) ? uri.toString() : request.getRequestURI();
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String messageKey(HttpStatus status) {
		return switch (status.value()) {
			case 403, 404, 413, 429 -> "error.page." + status.value();
			default -> (status.is4xxClientError()) ? "error.page.4xx" : "error.page.5xx";
		};
	}

}
