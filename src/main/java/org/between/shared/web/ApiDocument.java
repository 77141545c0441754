package org.between.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /v3/api-docs}) says what API.md's conventions say: every
 * operation needs a bearer token unless it is marked public (an empty
 * {@code @SecurityRequirements} on the controller method), and errors are problem
 * details. Each operation gets the problem responses its shape allows (a body can be
 * malformed, too large or of the wrong type; a typed or constrained parameter can be
 * wrong; an item in the path can be someone else's; a protected operation can be asked
 * without a token or by the wrong role); a 409, 422 or 429 that a controller declares
 * with {@code @ApiResponse} gets the problem body too.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

	/** The name of the security scheme every protected operation refers to. */
	static final String BEARER = "bearer";

	static final String PROBLEM = "ProblemDetail";

	static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private static final Map<String, String> STANDARD = Map.of("400",
			"Malformed JSON, a wrong type or failed validation; `errors` lists every bad field", "401",
			"No credentials, or a token that is unknown, expired or revoked", "403",
			"The wrong role for this operation, a therapist without two-factor sign-in where client data is read, "
					+ "or a change sent with the session cookie but without the CSRF token",
			"404", "Not found, or not yours: the API never reveals that another person's item exists", "409",
			"Conflicts with the current state", "413", "The body is larger than 64 KiB", "415",
			"A content type this operation does not take (send application/json)", "422",
			"A rule refuses it; `detail` says which rule", "429",
			"Too many failed attempts; `Retry-After` says when to try again");

	@Bean
	OpenAPI betweenApi() {
		return new OpenAPI().info(new Info().title("Between API").version("v1").description("""
				The JSON API of Between, for apps and integrations; every page of Between has its \
				counterpart here.

				**Authentication**: `Authorization: Bearer <token>` with a token from \
				`POST /api/v1/auth/token` (valid for 30 days, revoked by `DELETE /api/v1/auth/token`). \
				Operations marked public need none. A change sent with the browser's session cookie \
				instead of a token also needs the CSRF token.

				**Errors** are RFC 9457 problem details (`application/problem+json`): `type`, `title`, \
				`status`, `detail`, and for a 400 `errors`, each bad field with its message. \
				Anything that is not yours answers 404, never a hint that it exists. A client error \
				is never a 500.

				**Conventions**: JSON in and out, UTF-8; ids are UUIDs; instants are ISO-8601 UTC; \
				enumerations are UPPER_SNAKE_CASE; unknown fields are refused with 400; a request \
				body may be at most 64 KiB. Lists are plain arrays, newest first where they have an \
				order, with `?limit=` (default 100, at most 500) where they offer it."""))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A token from POST /api/v1/auth/token")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	/** The problems a controller method declares with {@link ProblemResponse}. */
	@Bean
	OperationCustomizer declaredProblems() {
		return (operation, handler) -> {
			for (ProblemResponse declared : handler.getMethod().getAnnotationsByType(ProblemResponse.class)) {
				if (operation.getResponses() == null) {
					operation.setResponses(new ApiResponses());
				}
				operation.getResponses()
					.addApiResponse(Integer.toString(declared.status()),
							new ApiResponse().description(declared.description()));
			}
			return operation;
		};
	}

	@Bean
	OpenApiCustomizer problemResponses() {
		return ApiDocument::addProblems;
	}

	static void addProblems(OpenAPI api) {
		Components components = api.getComponents();
		ModelConverters.getInstance(true)
			.readAll(new AnnotatedType(ProblemBody.class))
			.forEach((name, schema) -> components.addSchemas(name, schema));
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().values().forEach((path) -> path.readOperations().forEach(ApiDocument::addProblems));
	}

	private static void addProblems(Operation operation) {
		ApiResponses responses = operation.getResponses();
		if (responses == null) {
			responses = new ApiResponses();
			operation.setResponses(responses);
		}
		boolean body = operation.getRequestBody() != null;
		boolean inPath = parameters(operation).stream().anyMatch((p) -> "path".equals(p.getIn()));
		boolean checked = parameters(operation).stream().anyMatch(ApiDocument::canBeWrong);
		boolean open = operation.getSecurity() != null && operation.getSecurity().isEmpty();
		Map<String, ApiResponse> wanted = new TreeMap<>();
		if (body || checked) {
			wanted.put("400", null);
		}
		if (!open) {
			wanted.put("401", null);
			wanted.put("403", null);
		}
		if (inPath) {
			wanted.put("404", null);
		}
		if (body) {
			wanted.put("413", null);
			wanted.put("415", null);
		}
		for (Map.Entry<String, ApiResponse> declared : responses.entrySet()) {
			if (declared.getKey().startsWith("4")) {
				wanted.put(declared.getKey(), declared.getValue());
			}
		}
		for (Map.Entry<String, ApiResponse> entry : wanted.entrySet()) {
			responses.addApiResponse(entry.getKey(), problem(entry.getKey(), entry.getValue()));
		}
	}

	private static List<Parameter> parameters(Operation operation) {
		return (operation.getParameters() != null) ? operation.getParameters() : List.of();
	}

	/**
	 * A parameter the framework checks before the operation runs: required, typed (a
	 * UUID, a number, a date, an enumeration) or constrained (a length, a range).
	 */
	private static boolean canBeWrong(Parameter parameter) {
		if (Boolean.TRUE.equals(parameter.getRequired())) {
			return !"header".equals(parameter.getIn());
		}
		var schema = parameter.getSchema();
		if (schema == null) {
			return false;
		}
		Set<String> types = (schema.getTypes() != null) ? schema.getTypes()
				: (schema.getType() != null) ? Set.of(schema.getType()) : Set.of();
		boolean plainText = types.contains("string") && schema.getFormat() == null && schema.getEnum() == null
				&& schema.getMaxLength() == null && schema.getMinLength() == null && schema.getPattern() == null;
		return !plainText;
	}

	/**
	 * The problem response for the status: the declared one's description (or the
	 * standard one), always the problem body.
	 */
	private static ApiResponse problem(String status, ApiResponse declared) {
		String description = (declared != null && declared.getDescription() != null
				&& !declared.getDescription().isBlank()) ? declared.getDescription()
						: STANDARD.getOrDefault(status, "A client error");
		ApiResponse response = new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
				.schema(new io.swagger.v3.oas.models.media.Schema<>().$ref("#/components/schemas/" + PROBLEM))));
		if ("401".equals(status)) {
			response.addHeaderObject("WWW-Authenticate", new Header().description("Bearer")
				.schema(new io.swagger.v3.oas.models.media.Schema<>().types(Set.of("string"))));
		}
		if ("429".equals(status)) {
			response.addHeaderObject("Retry-After", new Header().description("Seconds until the next try counts")
				.schema(new io.swagger.v3.oas.models.media.Schema<>().types(Set.of("integer"))));
		}
		return response;
	}

	/**
	 * What an error answers, as {@link ApiExceptionHandler} and {@link Problems} write
	 * it.
	 */
	@Schema(name = PROBLEM, description = "An RFC 9457 problem detail", requiredProperties = { "status", "detail" })
	record ProblemBody(@Schema(description = "always about:blank", example = "about:blank") URI type,
			@Schema(description = "the status's reason phrase", example = "Bad Request") String title,
			@Schema(example = "400") int status,
			@Schema(description = "what went wrong, in words for people") String detail,
			@Schema(description = "the path of the request") URI instance,
			@Schema(description = "400: every bad field; 422: the field the rule is about, if any") List<Problems.FieldError> errors) {

	}

}
