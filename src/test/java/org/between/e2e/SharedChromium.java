package org.between.e2e;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * One Playwright (its driver is unpacked and started once: seconds) and one Debian
 * Chromium for every browser test class in this JVM, started by the first class that
 * needs it and closed by JUnit's root store when the whole run ends. Each test still gets
 * fresh browser contexts (no cookies, no storage): {@link BrowserTest#newPage}. Never
 * downloads a browser.
 */
final class SharedChromium implements BeforeAllCallback {

	static final String CHROMIUM = "/usr/bin/chromium";

	private static final Namespace NAMESPACE = Namespace.create(SharedChromium.class);

	private static final AtomicInteger LAUNCHES = new AtomicInteger();

	private static volatile Running running;

	@Override
	public void beforeAll(ExtensionContext context) {
		running = context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Running.class, (key) -> Running.start(), Running.class);
	}

	/** The browser of this JVM; only while a browser test class runs. */
	static Browser browser() {
		Running current = running;
		if (current == null) {
			throw new IllegalStateException("No browser: the test class is not extended with SharedChromium");
		}
		return current.browser();
	}

	/** How many times this JVM has started Chromium (1 once a browser test has run). */
	static int launches() {
		return LAUNCHES.get();
	}

	/** Playwright and its browser, closed with the root store. */
	record Running(Playwright playwright, Browser browser) implements AutoCloseable {

		static Running start() {
			Playwright playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			try {
				Browser browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(CHROMIUM))
						.setHeadless(true)
						.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
								"--disable-component-update", "--disable-sync", "--no-first-run",
								"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost")));
				LAUNCHES.incrementAndGet();
				return new Running(playwright, browser);
			}
			catch (RuntimeException ex) {
				playwright.close();
				throw ex;
			}
		}

		@Override
		public void close() {
			running = null;
			try {
				this.browser.close();
			}
			finally {
				this.playwright.close();
			}
		}

	}

}
