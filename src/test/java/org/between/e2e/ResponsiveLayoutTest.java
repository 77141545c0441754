package org.between.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule of {@link BrowserTest#axe} (issue 11, point 4): both sizes exactly where a
 * width media query of our stylesheets changes the layout.
 */
class ResponsiveLayoutTest {

	@Test
	void theWidthMediaQueriesOfOurStylesheetsAreFound() {
		assertThat(ResponsiveLayout.selectors()).contains(".grid.two", ".contact-row", ".scale-buttons",
				".chart-layout", ".intensity-row");
	}

	@Test
	void onlyWidthQueriesCountNotColourSchemeMotionOrPrint() {
		String css = """
				/* @media (min-width: 10rem) { .commented-out { } } */
				@media (prefers-color-scheme: dark) { :root { --bg: #000; } }
				@media print { .no-print { display: none; } }
				@media (prefers-reduced-motion: reduce) { .pacer { animation: none; } }
				@media (min-width: 48rem) { .grid.two, .side { grid-template-columns: 1fr 1fr; } main { padding: 2rem; } }
				@media screen and (max-width: 20rem) { .tiny { font-size: 90%; } }
				""";
		assertThat(ResponsiveLayout.selectorsIn(css)).containsExactly(".grid.two", ".side", "main", ".tiny");
	}

}
