package org.between.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details with texts from {@code messages.properties}, and writes
 * them from places outside Spring MVC (security filters, the request size limit).
 */
@Component
public class Problems {

	private final MessageSource messages;

	private final JsonMapper json;

	Problems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** A problem whose detail is the message with the given key. */
	public ProblemDetail of(HttpStatus status, String detailKey, Locale locale, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(detailKey, locale, args));
		problem.setType(URI.create("about:blank"));
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}

	/** A 400 listing each bad field. */
	public ProblemDetail invalid(List<FieldError> errors, Locale locale) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "problem.invalid", locale);
		problem.setProperty("errors", errors);
		return problem;
	}

	public String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	/** Writes a problem straight to the response, for code that runs before MVC. */
	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		this.json.writeValue(response.getOutputStream(), problem);
	}

	/** One entry of a problem's {@code errors} array. */
	public record FieldError(String field, String message) {
	}

}
