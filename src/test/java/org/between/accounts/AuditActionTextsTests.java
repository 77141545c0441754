package org.between.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action written to the audit log has a sentence the client can read on their
 * access log ({@code audit.action.<ACTION>} in messages.properties).
 * <p>
 * The actions are types: each module names its own in an enum implementing
 * {@link AuditAction}, and every constant of every such enum in {@code org.between}
 * (found by a class-path scan) needs its text. Modules that still pass a string are found
 * where they write it: every {@code audit.record(…)} call in the main sources, its action
 * a string literal, a constant of the code base or a constant of one of those enums. A
 * call whose action cannot be told fails the test too, so that no new action slips past
 * it.
 */
class AuditActionTextsTests {

	private static final Path MAIN = Path.of("src", "main", "java");

	/**
	 * The packages whose {@code audit.record} calls may still pass a string while they
	 * are being split out of {@code frame}; everywhere else an action is an enum
	 * constant.
	 */
	private static final List<String> STILL_STRINGS = List.of();

	private static final Pattern CALL = Pattern.compile("\\baudit\\.record\\(");

	private static final Pattern LITERAL = Pattern.compile("\"([A-Z][A-Z0-9_]+)\"");

	private static final Pattern ENUM_CONSTANT = Pattern.compile("(?:([A-Z]\\w*)\\.)?([A-Z][A-Z0-9_]*)");

	@Test
	void everyConstantOfEveryAuditActionEnumHasAReadableText() throws IOException {
		Properties messages = messages();
		Map<String, List<String>> enums = auditActionEnums();

		assertThat(enums.keySet()).as("AuditAction enums found on the class path")
			.contains("AccountsAudit", "BriefAudit", "CheckinAudit", "InsightsAudit", "JournalAudit", "MeasuresAudit",
					"SafetyAudit", "ToolboxAudit");
		List<String> missing = new ArrayList<>();
		enums.forEach((type, constants) -> constants.stream()
			.filter((name) -> !messages.containsKey("audit.action." + name))
			.forEach((name) -> missing.add(type + "." + name)));
		assertThat(missing).as("audit actions without a text in messages.properties").isEmpty();
	}

	@Test
	void everyAuditedActionHasAReadableText() throws IOException {
		Properties messages = messages();
		TreeSet<String> actions = writtenActions(auditActionEnums()).all();

		assertThat(actions).as("actions found in audit.record calls").contains("BRIEF_READ", "SESSIONS_READ");
		assertThat(actions.stream().filter((a) -> !messages.containsKey("audit.action." + a)).toList())
			.as("audit actions without a text in messages.properties")
			.isEmpty();
	}

	@Test
	void outsideTheModulesBeingSplitEveryActionIsAnEnumConstant() throws IOException {
		List<String> strings = writtenActions(auditActionEnums()).strings()
			.stream()
			.filter((call) -> STILL_STRINGS.stream()
				.noneMatch((module) -> call.startsWith(MAIN.resolve(Path.of("org", "between", module)).toString())))
			.toList();

		assertThat(strings).as("audit.record calls that pass a string action").isEmpty();
	}

	/**
	 * Every enum implementing {@link AuditAction} in {@code org.between}, by simple name,
	 * with its constants; an implementation that is not an enum is a failure.
	 */
	private static Map<String, List<String>> auditActionEnums() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(AuditAction.class));
		Map<String, List<String>> enums = new TreeMap<>();
		List<String> notEnums = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.between")) {
			Class<?> type;
			try {
				type = Class.forName(candidate.getBeanClassName());
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
			if (!type.isEnum()) {
				notEnums.add(type.getName());
				continue;
			}
			enums.put(type.getSimpleName(),
					Arrays.stream(type.getEnumConstants()).map((c) -> ((Enum<?>) c).name()).toList());
		}
		assertThat(notEnums).as("AuditAction implementations that are not enums").isEmpty();
		return enums;
	}

	/**
	 * The actions of every {@code audit.record} call: the enum constants named and the
	 * strings passed (with the calls that pass a string).
	 */
	private static Written writtenActions(Map<String, List<String>> enums) throws IOException {
		String all = allSources();
		TreeSet<String> actions = new TreeSet<>();
		List<String> strings = new ArrayList<>();
		List<String> unresolved = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Matcher call = CALL.matcher(source);
				while (call.find()) {
					String action = secondArgument(source, call.end());
					String constant = enumConstant(action, enums);
					if (constant != null) {
						actions.add(constant);
						continue;
					}
					List<String> found = resolve(action, source, all);
					if (found.isEmpty()) {
						unresolved.add(file + ": " + action);
					}
					else {
						strings.add(file + ": " + action.strip());
					}
					actions.addAll(found);
				}
			}
		}
		assertThat(unresolved).as("audit.record calls whose action cannot be told").isEmpty();
		return new Written(actions, strings);
	}

	private record Written(TreeSet<String> all, List<String> strings) {
	}

	/**
	 * The constant an argument such as {@code JournalAudit.JOURNAL_ENTRY_READ} names, if
	 * it is one of an {@link AuditAction} enum; null otherwise.
	 */
	private static String enumConstant(String argument, Map<String, List<String>> enums) {
		Matcher m = ENUM_CONSTANT.matcher(argument.strip());
		if (!m.matches()) {
			return null;
		}
		String type = m.group(1);
		String name = m.group(2);
		Set<String> types = (type != null) ? Set.of(type) : enums.keySet();
		boolean known = types.stream().anyMatch((t) -> enums.getOrDefault(t, List.of()).contains(name));
		return known ? name : null;
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
