package org.between.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where a page's layout changes between phone and desktop size: the selectors inside the
 * width media queries ({@code @media (min-width: …)} or {@code max-width}) of our
 * stylesheets, read from {@code static/css/*.css} on the class path, so that a new
 * responsive rule is picked up without touching the tests. {@link BrowserTest#axe} runs
 * axe at both sizes on a page that has an element matching one of them, and at phone size
 * only elsewhere (the page is then laid out the same, only wider).
 */
final class ResponsiveLayout {

	private static final Pattern WIDTH_QUERY = Pattern.compile("@media[^{]*\\(\\s*(?:min|max)-width[^{]*\\{");

	private static final Pattern RULE = Pattern.compile("([^{}]+)\\{[^{}]*\\}");

	private static final List<String> SELECTORS = read();

	private static final String ANY = String.join(", ", SELECTORS);

	private ResponsiveLayout() {
	}

	/** Every selector that a width media query lays out differently. */
	static List<String> selectors() {
		return SELECTORS;
	}

	/** Whether the page has an element laid out differently at phone and desktop size. */
	static boolean changesBetweenSizes(Page page) {
		return !SELECTORS.isEmpty() && page.locator(ANY).count() > 0;
	}

	private static List<String> read() {
		Set<String> selectors = new LinkedHashSet<>();
		try {
			for (Resource css : new PathMatchingResourcePatternResolver().getResources("classpath*:static/css/*.css")) {
				selectors.addAll(selectorsIn(css.getContentAsString(StandardCharsets.UTF_8)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(selectors);
	}

	/** The selectors of the rules inside the width media queries of one stylesheet. */
	static Set<String> selectorsIn(String stylesheet) {
		String css = stylesheet.replaceAll("(?s)/\\*.*?\\*/", "");
		Set<String> selectors = new LinkedHashSet<>();
		Matcher query = WIDTH_QUERY.matcher(css);
		while (query.find()) {
			int depth = 1;
			int end = query.end();
			while (depth > 0 && end < css.length()) {
				char c = css.charAt(end++);
				depth += (c == '{') ? 1 : (c == '}') ? -1 : 0;
			}
			Matcher rule = RULE.matcher(css.substring(query.end(), end - 1));
			while (rule.find()) {
				for (String selector : rule.group(1).split(",")) {
					if (!selector.isBlank()) {
						selectors.add(selector.strip());
					}
				}
			}
		}
		return selectors;
	}

}
