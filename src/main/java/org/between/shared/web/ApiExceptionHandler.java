package org.between.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.between.shared.ConflictException;
import org.between.shared.ForbiddenException;
import org.between.shared.InvalidInputException;
import org.between.shared.NotFoundException;
import org.between.shared.RuleViolationException;
import org.between.shared.TooManyAttemptsException;
import org.between.shared.UnauthorizedException;
import org.between.shared.web.Problems.FieldError;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of an API request into problem+json with texts from
 * {@code messages.properties}. Page requests are handed to the error page instead
 * ({@link ErrorPages}), so a browser never sees JSON.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final Problems problems;

	ApiExceptionHandler(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex, NativeWebRequest request) throws IOException {
		return answer(problem(HttpStatus.NOT_FOUND, "problem.notFound"), request);
	}

	@ExceptionHandler(UnauthorizedException.class)
	ResponseEntity<Object> unauthorized(UnauthorizedException ex, NativeWebRequest request) throws IOException {
		return answer(problem(HttpStatus.UNAUTHORIZED, ex.messageKey()), request);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<Object> conflict(ConflictException ex, NativeWebRequest request) throws IOException {
		return answer(problem(HttpStatus.CONFLICT, ex.messageKey()), request);
	}

	/**
	 * 422: the text says which rule refused the request; the field (if any) is listed as
	 * for a 400, and the rule's properties (an earliest date, …) are added to the
	 * problem.
	 */
	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<Object> ruleViolated(RuleViolationException ex, NativeWebRequest request) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = this.problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ex.messageKey(), locale, ex.args());
		if (ex.field() != null) {
			problem.setProperty("errors", List.of(new FieldError(ex.field(), problem.getDetail())));
		}
		ex.properties().forEach(problem::setProperty);
		return answer(problem, request);
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<Object> forbidden(ForbiddenException ex, NativeWebRequest request) throws IOException {
		return answer(problem(HttpStatus.FORBIDDEN, ex.messageKey()), request);
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Object> invalid(InvalidInputException ex, NativeWebRequest request) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldError> errors = ex.problems()
			.stream()
			.map((p) -> new FieldError(p.field(), this.problems.text(p.messageKey(), locale)))
			.toList();
		return answer(this.problems.invalid(errors, locale), request);
	}

	@ExceptionHandler(TooManyAttemptsException.class)
	ResponseEntity<Object> tooMany(TooManyAttemptsException ex, NativeWebRequest request) throws IOException {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())));
		ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "problem.tooManyAttempts");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, NativeWebRequest request)
			throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		return answer(this.problems.invalid(List.of(new FieldError(ex.getName(), text("problem.field.type"))), locale),
				request);
	}

	/**
	 * Method validation of a controller marked {@code @Validated} (constraints on request
	 * parameters and path variables) throws this instead of
	 * {@link HandlerMethodValidationException}: a 400 too, never a 500.
	 */
	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, NativeWebRequest request)
			throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldError> errors = ex.getConstraintViolations()
			.stream()
			.map((v) -> new FieldError(leaf(v.getPropertyPath()), message(v, locale)))
			.toList();
		return answer(this.problems.invalid(errors, locale), request);
	}

	private static String leaf(Path path) {
		String name = "";
		for (Path.Node node : path) {
			if (node.getName() != null) {
				name = node.getName();
			}
		}
		return name;
	}

	/**
	 * The text of {@code messages.properties} for the constraint (e.g. {@code Max}), with
	 * the constraint's attributes as arguments in the order Spring's own validation uses.
	 */
	private String message(ConstraintViolation<?> violation, Locale locale) {
		var descriptor = violation.getConstraintDescriptor();
		String key = descriptor.getAnnotation().annotationType().getSimpleName();
		List<Object> args = new ArrayList<>();
		args.add(leaf(violation.getPropertyPath()));
		new java.util.TreeMap<>(descriptor.getAttributes()).forEach((name, value) -> {
			if (!List.of("message", "groups", "payload").contains(name)) {
				args.add(value);
			}
		});
		return this.problems.text(key, locale, args.toArray());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldError> errors = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach((e) -> errors.add(new FieldError(e.getField(),
					getMessageSource() != null ? getMessageSource().getMessage(e, locale) : e.getDefaultMessage())));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((e) -> errors.add(new FieldError(e.getObjectName(), e.getDefaultMessage())));
		return handleExceptionInternal(ex, this.problems.invalid(errors, locale), headers, HttpStatus.BAD_REQUEST,
				request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<FieldError> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach((r) -> r.getResolvableErrors()
				.forEach((e) -> errors
					.add(new FieldError(r.getMethodParameter().getParameterName(), getMessageSource() != null
							? getMessageSource().getMessage(e, locale) : e.getDefaultMessage()))));
		return handleExceptionInternal(ex, this.problems.invalid(errors, locale), headers, HttpStatus.BAD_REQUEST,
				request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (causedBy(ex, RequestTooLargeException.class)) {
			return handleExceptionInternal(ex, problem(HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge"), headers,
					HttpStatus.CONTENT_TOO_LARGE, request);
		}
		Locale locale = LocaleContextHolder.getLocale();
		return handleExceptionInternal(ex, this.problems.invalid(List.of(unreadable(ex.getCause())), locale), headers,
				HttpStatus.BAD_REQUEST, request);
	}

	/** Names the field that could not be read, without echoing Jackson's internals. */
	private FieldError unreadable(Throwable cause) {
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return new FieldError(unknown.getPropertyName(), text("problem.field.unknown"));
		}
		if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			return new FieldError(path(databind), text("problem.field.type"));
		}
		if (cause instanceof JacksonException) {
			return new FieldError("body", text("problem.body.malformed"));
		}
		return new FieldError("body", text("problem.body.missing"));
	}

	private static String path(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (var reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (!isApi(request)) {
			sendError(request, statusCode.value());
			return null;
		}
		if (body instanceof ProblemDetail problem) {
			problem.setType(URI.create("about:blank"));
			if (!(ex instanceof MethodArgumentNotValidException || ex instanceof HandlerMethodValidationException
					|| ex instanceof HttpMessageNotReadableException)) {
				// Our own words for what the framework refuses, without echoing paths or
				// types.
				problem.setDetail(text("problem.status." + statusCode.value()));
			}
		}
		ResponseEntity<Object> entity = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (entity == null) {
			return null;
		}
		return ResponseEntity.status(entity.getStatusCode())
			.headers(entity.getHeaders())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(entity.getBody());
	}

	private ResponseEntity<Object> answer(ProblemDetail problem, NativeWebRequest request) throws IOException {
		if (!isApi(request)) {
			sendError(request, problem.getStatus());
			return null;
		}
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private ProblemDetail problem(HttpStatus status, String key) {
		return this.problems.of(status, key, LocaleContextHolder.getLocale());
	}

	private String text(String key) {
		return this.problems.text(key, LocaleContextHolder.getLocale());
	}

	private static boolean isApi(WebRequest request) {
		HttpServletRequest servlet = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		return servlet != null && ApiPaths.isApi(servlet);
	}

	private static void sendError(WebRequest request, int status) {
		HttpServletResponse response = ((NativeWebRequest) request).getNativeResponse(HttpServletResponse.class);
		try {
			if (response != null && !response.isCommitted()) {
				response.sendError(status);
			}
		}
		catch (IOException ex) {
			// The client went away; nothing left to answer.
		}
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

}
