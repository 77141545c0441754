package org.between.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A problem answer of an API operation that its shape does not tell (a 409, 422 or 429,
 * or a 404 without an id in the path), for the OpenAPI document. Unlike springdoc's
 * {@code @ApiResponse} it leaves the operation's success response as springdoc derives
 * it; the answer is documented as problem+json.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ProblemResponse.List.class)
public @interface ProblemResponse {

	/** The status, 400 to 499. */
	int status();

	/** When it is answered, in a reader's words. */
	String description();

	@Documented
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.METHOD)
	@interface List {

		ProblemResponse[] value();

	}

}
