package org.between.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.between.support.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11, point 6: the OpenAPI document the running application serves at
 * {@code /v3/api-docs} passes Redocly's lint (its recommended rules) without an error.
 * The document is written to target/openapi/api-docs.json and linted by the Redocly CLI
 * of src/test/redocly; {@code npm ci} runs first when its node_modules is missing.
 */
class OpenApiLintTests extends WebTest {

	static final Path REDOCLY = Paths.get("src", "test", "redocly");

	private static final Path WORK = Paths.get("target", "openapi");

	@Test
	void theServedDocumentHasNoLintErrors() throws Exception {
		String document = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Files.createDirectories(WORK);
		Path file = WORK.resolve("api-docs.json").toAbsolutePath();
		Files.writeString(file, document, StandardCharsets.UTF_8);

		Lint lint = lint(file);

		assertThat(lint.exit()).as("redocly lint %s:%n%s", file, lint.output()).isZero();
		assertThat(lint.output()).as("redocly lint %s", file).contains("Your API description is valid");
	}

	private record Lint(int exit, String output) {
	}

	/** {@code redocly lint} on the file; warnings are printed but only errors fail it. */
	private static Lint lint(Path file) throws IOException, InterruptedException {
		installed();
		Path out = WORK.resolve("lint.txt").toAbsolutePath();
		ProcessBuilder builder = new ProcessBuilder("node", "node_modules/@redocly/cli/bin/cli.js", "lint",
				"--format=codeframe", file.toString())
			.directory(REDOCLY.toFile())
			.redirectErrorStream(true)
			.redirectOutput(out.toFile());
		quiet(builder);
		Process node = builder.start();
		boolean done = node.waitFor(2, TimeUnit.MINUTES);
		if (!done) {
			node.destroyForcibly();
		}
		assertThat(done).as("redocly lint finished within 2 minutes").isTrue();
		return new Lint(node.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
	}

	/** {@code npm ci} from the committed lock file when node_modules is missing. */
	private static void installed() throws IOException, InterruptedException {
		if (Files.isDirectory(REDOCLY.resolve("node_modules").resolve("@redocly").resolve("cli"))) {
			return;
		}
		ProcessBuilder npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(REDOCLY.toFile())
			.inheritIO();
		quiet(npm);
		Process process = npm.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES) && process.exitValue() == 0).as("npm ci in " + REDOCLY)
			.isTrue();
	}

	/** No telemetry, no update check: the tests reach no host but this one. */
	private static void quiet(ProcessBuilder builder) {
		builder.environment().put("REDOCLY_TELEMETRY", "off");
		builder.environment().put("REDOCLY_SUPPRESS_NOTIFICATIONS", "true");
	}

}
