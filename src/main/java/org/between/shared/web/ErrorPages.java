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
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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
		page.addObject("messageKey", messageKey(status, request));
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

	/**
	 * A 403 for someone who is not signed in (any more) says they were signed out, never
	 * that the page is not for them; a 403 for a form from an earlier sign-in says that.
	 */
	private static String messageKey(HttpStatus status, HttpServletRequest request) {
		if (status == HttpStatus.FORBIDDEN) {
			if (request.getAttribute(UnsavedForms.STALE_FORM) != null) {
				return "error.page.403.staleForm";
			}
			return signedIn() ? "error.page.403" : "error.page.403.signedOut";
		}
		return switch (status.value()) {
			case 404, 413, 429 -> "error.page." + status.value();
			default -> (status.is4xxClientError()) ? "error.page.4xx" : "error.page.5xx";
		};
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
