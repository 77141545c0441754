package org.between.frame.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.between.frame.PolicyNoticeException;
import org.between.shared.web.ApiPaths;
import org.between.shared.web.Problems;
import org.between.shared.web.Problems.FieldError;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Too little notice answers 422: a field problem on {@code effectiveFrom} that names the
 * earliest allowed date, and that date as {@code earliestEffectiveFrom}. (Pages catch the
 * exception themselves and show it at the field.)
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PolicyNoticeProblems {

	private final Problems problems;

	PolicyNoticeProblems(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(PolicyNoticeException.class)
	ResponseEntity<ProblemDetail> tooLittleNotice(PolicyNoticeException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (!ApiPaths.isApi(request)) {
			response.sendError(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return null;
		}
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = this.problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "frame.problem.notice", locale);
		problem.setProperty("errors", List.of(new FieldError(ex.field(),
				this.problems.text(ex.messageKey(), locale, ex.earliest().toString(), ex.noticeDays()))));
		problem.setProperty("earliestEffectiveFrom", ex.earliest().toString());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
