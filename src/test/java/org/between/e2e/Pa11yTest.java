package org.between.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * pa11y (issue 10, point 10) next to axe: its two runners, axe and HTML_CodeSniffer, at
 * WCAG2AA find nothing on the pages a person in trouble goes through — the crisis page,
 * sign-in, sign-up, the check-in, a PHQ-9, the safety plan and the safety screen — and on
 * the two notices. One node process (src/test/pa11y/run.js) checks every page in one
 * Debian Chromium; signed-in pages get the session cookie as a header. {@code npm ci}
 * runs first when src/test/pa11y/node_modules is missing (never a browser download).
 */
class Pa11yTest extends ClientBrowserTest {

	static final Path PA11Y = Paths.get("src", "test", "pa11y");

	private static final Path WORK = Paths.get("target", "pa11y");

	@Test
	void theSafetyPathsPassPa11yWithAxeAndHtmlcsAtWcag2AA() throws Exception {
		Client client = signedInClient();
		Page page = client.page();
		writePlan(page, Plan.sample(false));
		String session = page.context()
			.cookies()
			.stream()
			.filter((cookie) -> cookie.name.equals("SESSION"))
			.map((Cookie cookie) -> cookie.value)
			.findFirst()
			.orElseThrow();

		List<Map<String, Object>> pages = new ArrayList<>();
		for (String path : List.of("/crisis", "/crisis?country=GB", "/login", "/signup", "/privacy", "/about")) {
			pages.add(target(path, Map.of()));
		}
		for (String path : List.of("/checkin", "/measures/PHQ9/answer", "/safety", "/safety/edit", "/safety/now")) {
			pages.add(target(path, Map.of("Cookie", "SESSION=" + session)));
		}

		JsonNode results = run(pages);

		List<String> problems = new ArrayList<>();
		assertThat(results.size()).isEqualTo(pages.size());
		for (JsonNode result : results) {
			String label = result.get("label").asString();
			if (!result.get("error").isNull()) {
				problems.add(label + ": pa11y failed: " + result.get("error").asString());
				continue;
			}
			// A signed-in page that ended on the sign-in form was not checked at all.
			if (!label.startsWith("/login") && result.get("pageUrl").asString().contains("/login")) {
				problems.add(label + ": ended on the sign-in page (" + result.get("pageUrl").asString() + ")");
			}
			for (JsonNode issue : result.get("issues")) {
				problems.add(label + ": [" + issue.get("runner").asString() + "] " + issue.get("code").asString() + " "
						+ issue.get("message").asString() + "\n    " + issue.get("selector").asString() + " — "
						+ issue.get("context").asString());
			}
		}
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	private Map<String, Object> target(String path, Map<String, String> headers) {
		Map<String, Object> target = new LinkedHashMap<>();
		target.put("label", path);
		target.put("url", baseUrl() + path);
		target.put("headers", headers);
		return target;
	}

	/** Runs src/test/pa11y/run.js on the pages; answers its JSON array. */
	private static JsonNode run(List<Map<String, Object>> pages) throws IOException, InterruptedException {
		installed();
		JsonMapper json = JsonMapper.builder().build();
		Files.createDirectories(WORK);
		Path config = WORK.resolve("pages.json").toAbsolutePath();
		Files.writeString(config, json.writeValueAsString(Map.of("chromium", CHROMIUM, "pages", pages)));
		Path out = WORK.resolve("results.json").toAbsolutePath();
		Path err = WORK.resolve("stderr.txt").toAbsolutePath();
		Process node = new ProcessBuilder("node", "run.js", config.toString()).directory(PA11Y.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.start();
		boolean done = node.waitFor(5, TimeUnit.MINUTES);
		if (!done) {
			node.destroyForcibly();
		}
		assertThat(done).as("pa11y finished within 5 minutes").isTrue();
		assertThat(node.exitValue()).as("pa11y ran: " + Files.readString(err, StandardCharsets.UTF_8)).isZero();
		return json.readTree(Files.readString(out, StandardCharsets.UTF_8));
	}

	/** {@code npm ci} from the committed lock file when node_modules is missing. */
	private static void installed() throws IOException, InterruptedException {
		if (Files.isDirectory(PA11Y.resolve("node_modules").resolve("pa11y"))) {
			return;
		}
		ProcessBuilder npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(PA11Y.toFile())
			.inheritIO();
		npm.environment().put("PUPPETEER_SKIP_DOWNLOAD", "1");
		Process process = npm.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES) && process.exitValue() == 0).as("npm ci in " + PA11Y).isTrue();
	}

}
