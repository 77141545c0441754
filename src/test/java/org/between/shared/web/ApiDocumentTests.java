package org.between.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.between.support.WebTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11, point 6: what the OpenAPI document says about security and errors is true of
 * the running application, and every reference in it resolves (the same things Redocly's
 * lint checks in {@link OpenApiLintTests}, here without Node).
 */
class ApiDocumentTests extends WebTest {

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

	private JsonNode document;

	@BeforeEach
	void readDocument() throws Exception {
		String body = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		this.document = this.json.readTree(body);
	}

	@Test
	void everyOperationNeedsTheBearerSchemeUnlessItIsPublicAndTheSchemeIsDefined() {
		JsonNode scheme = this.document.at("/components/securitySchemes/bearer");
		assertThat(scheme.at("/type").asString()).isEqualTo("http");
		assertThat(scheme.at("/scheme").asString()).isEqualTo("bearer");
		assertThat(names(this.document.at("/security"))).containsExactly("bearer");

		List<String> undefined = new ArrayList<>();
		operations().forEach((operation) -> names(operation.node().path("security")).stream()
			.filter((name) -> !this.document.at("/components/securitySchemes").has(name))
			.forEach((name) -> undefined.add(operation + " refers to " + name)));
		assertThat(undefined).isEmpty();
		assertThat(publicOperations()).containsExactlyInAnyOrder("POST /api/v1/accounts", "POST /api/v1/auth/token",
				"POST /api/v1/auth/password-reset", "POST /api/v1/auth/password-reset/confirm",
				"POST /api/v1/auth/email-change/confirm", "GET /api/v1/crisis-lines", "POST /api/v1/accounts/restore");
	}

	/**
	 * Asked without a token, an operation the document protects answers 401 with
	 * {@code WWW-Authenticate: Bearer}, and one it calls public answers something else.
	 */
	@Test
	void theDocumentTellsTrulyWhichOperationsNeedAToken() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Op operation : operations()) {
			String path = operation.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
			var request = request(HttpMethod.valueOf(operation.method().toUpperCase()), path).with(fresh());
			if (operation.node().has("requestBody")) {
				request.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
			MvcResult result = this.mvc.perform(request).andReturn();
			int status = result.getResponse().getStatus();
			boolean open = operation.isPublic();
			if (open && status == 401 || !open && (status != 401
					|| !"Bearer".equals(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)))) {
				wrong.add(operation + (open ? " (public)" : " (bearer)") + " answered " + status);
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyErrorAnswerIsAProblemDetailAndEachOperationListsTheOnesItsShapeAllows() {
		List<String> wrong = new ArrayList<>();
		for (Op operation : operations()) {
			JsonNode responses = operation.node().path("responses");
			Set<String> statuses = new TreeSet<>(responses.propertyNames());
			for (String status : statuses) {
				if (status.startsWith("4") && !"#/components/schemas/ProblemDetail".equals(
						responses.at("/" + status + "/content/application~1problem+json/schema/$ref").asString(""))) {
					wrong.add(operation + " " + status + " is not a ProblemDetail");
				}
			}
			Set<String> expected = new TreeSet<>();
			if (operation.node().has("requestBody")) {
				expected.addAll(List.of("400", "413", "415"));
			}
			if (!operation.isPublic()) {
				expected.addAll(List.of("401", "403"));
			}
			if (operation.path().contains("{")) {
				expected.add("404");
			}
			if (!statuses.containsAll(expected)) {
				wrong.add(operation + " lists " + statuses + ", not all of " + expected);
			}
		}
		assertThat(wrong).isEmpty();
	}

	/** The schema names every field a real 400 carries, {@code errors} among them. */
	@Test
	void theProblemDetailSchemaDescribesARealValidationAnswer() throws Exception {
		Signed client = client();
		MvcResult result = this.mvc
			.perform(postJson("/api/v1/checkins", "{\"mood\": 42, \"distress\": 5}").with(bearer(client.token())))
			.andExpect(problem(400))
			.andReturn();
		JsonNode answer = this.json.readTree(result.getResponse().getContentAsString());
		JsonNode schema = this.document.at("/components/schemas/ProblemDetail/properties");
		assertThat(schema.propertyNames()).containsAll(answer.propertyNames()).contains("errors");
		String item = schema.at("/errors/items/$ref").asString();
		JsonNode fieldError = this.document.at("/components/schemas/" + item.substring(item.lastIndexOf('/') + 1));
		assertThat(fieldError.at("/properties").propertyNames()).containsAll(answer.at("/errors/0").propertyNames());
	}

	@Test
	void everyReferenceResolves() {
		List<String> references = new ArrayList<>();
		collectReferences(this.document, references);
		assertThat(references).isNotEmpty();
		assertThat(references).allSatisfy((reference) -> {
			assertThat(reference).startsWith("#/");
			assertThat(this.document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse();
		});
	}

	private static void collectReferences(JsonNode node, List<String> references) {
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> entry : node.properties()) {
				if (entry.getKey().equals("$ref")) {
					references.add(entry.getValue().asString());
				}
				else {
					collectReferences(entry.getValue(), references);
				}
			}
		}
		else if (node.isArray()) {
			node.forEach((item) -> collectReferences(item, references));
		}
	}

	private List<String> publicOperations() {
		return operations().stream().filter(Op::isPublic).map(Op::toString).toList();
	}

	private List<Op> operations() {
		List<Op> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : this.document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				if (METHODS.contains(method.getKey())) {
					operations.add(new Op(method.getKey(), path.getKey(), method.getValue()));
				}
			}
		}
		assertThat(operations).hasSizeGreaterThan(50);
		return operations;
	}

	private static List<String> names(JsonNode requirements) {
		List<String> names = new ArrayList<>();
		requirements.forEach((requirement) -> {
			Iterator<String> each = requirement.propertyNames().iterator();
			each.forEachRemaining(names::add);
		});
		return names;
	}

	private record Op(String method, String path, JsonNode node) {

		/** An empty {@code security} list: no token needed. */
		boolean isPublic() {
			return this.node.has("security") && this.node.get("security").isEmpty();
		}

		@Override
		public String toString() {
			return this.method.toUpperCase() + " " + this.path;
		}

	}

}
