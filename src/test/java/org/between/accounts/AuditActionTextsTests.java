package org.between.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action written to the audit log has a sentence the client can read on their
 * access log ({@code audit.action.<ACTION>} in messages.properties). The actions are
 * found where they are written: every {@code audit.record(…)} call in the main sources,
 * its action a string literal or a constant of the code base. A call whose action cannot
 * be told fails the test too, so that no new action slips past it.
 */
class AuditActionTextsTests {

	private static final Path MAIN = Path.of("src", "main", "java");

	private static final Pattern CALL = Pattern.compile("\\baudit\\.record\\(");

	private static final Pattern LITERAL = Pattern.compile("\"([A-Z][A-Z0-9_]+)\"");

	@Test
	void everyAuditedActionHasAReadableText() throws IOException {
		Properties messages = messages();
		TreeSet<String> actions = writtenActions();

		assertThat(actions).as("actions found in audit.record calls").contains("BRIEF_READ", "SESSIONS_READ");
		assertThat(actions.stream().filter((a) -> !messages.containsKey("audit.action." + a)).toList())
			.as("audit actions without a text in messages.properties")
			.isEmpty();
	}

	private static TreeSet<String> writtenActions() throws IOException {
		String all = allSources();
		TreeSet<String> actions = new TreeSet<>();
		List<String> unresolved = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Matcher call = CALL.matcher(source);
				while (call.find()) {
					String action = secondArgument(source, call.end());
					List<String> found = resolve(action, source, all);
					if (found.isEmpty()) {
						unresolved.add(file + ": " + action);
					}
					actions.addAll(found);
				}
			}
		}
		assertThat(unresolved).as("audit.record calls whose action cannot be told").isEmpty();
		return actions;
	}

	/** The literals in the argument, or the value of the constant it names. */
	private static List<String> resolve(String argument, String source, String all) {
		List<String> literals = LITERAL.matcher(argument).results().map((m) -> m.group(1)).toList();
		if (!literals.isEmpty()) {
			return literals;
		}
		String name = argument.strip();
		name = name.substring(name.lastIndexOf('.') + 1);
		Pattern constant = Pattern.compile("\\b" + Pattern.quote(name) + "\\s*=\\s*\"([A-Z][A-Z0-9_]+)\"");
		Matcher here = constant.matcher(source);
		if (here.find()) {
			return List.of(here.group(1));
		}
		return constant.matcher(all).results().map((m) -> m.group(1)).distinct().toList();
	}

	/**
	 * The second top-level argument of the call whose arguments start at {@code from}.
	 */
	private static String secondArgument(String source, int from) {
		int depth = 0;
		int argument = 0;
		StringBuilder second = new StringBuilder();
		for (int i = from; i < source.length(); i++) {
			char c = source.charAt(i);
			if (depth == 0 && (c == ')' || (c == ',' && argument == 1))) {
				break;
			}
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (c == ',' && depth == 0) {
				argument++;
				continue;
			}
			if (argument == 1) {
				second.append(c);
			}
		}
		return second.toString();
	}

	private static String allSources() throws IOException {
		StringBuilder all = new StringBuilder();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				all.append(Files.readString(file)).append('\n');
			}
		}
		return all.toString();
	}

	private static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = AuditActionTextsTests.class.getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages;
	}

}
