package org.between.e2e;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ViewportSize;
import org.between.accounts.TotpCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Real-browser tests: the whole application on a random port, and Debian's Chromium
 * driven by Playwright. One Playwright and one browser per test class (unpacking the
 * driver costs seconds), a fresh browser context per test. Never downloads a browser.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String PASSWORD = "quiet river stones 42";

	static final ViewportSize PHONE = new ViewportSize(390, 844);

	static final ViewportSize DESKTOP = new ViewportSize(1280, 800);

	static final List<ViewportSize> SIZES = List.of(PHONE, DESKTOP);

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	private final List<BrowserContext> contexts = new java.util.ArrayList<>();

	@BeforeAll
	static void startBrowser() {
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(CHROMIUM))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run",
						"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost")));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@AfterEach
	void closeContexts() {
		this.contexts.forEach(BrowserContext::close);
		this.contexts.clear();
	}

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/** A new, empty browser (no cookies) at phone size, closed after the test. */
	Page newPage() {
		return newPage(new Browser.NewContextOptions());
	}

	Page newPage(Browser.NewContextOptions options) {
		BrowserContext context = browser
			.newContext(options.setBaseURL(baseUrl()).setViewportSize(PHONE).setLocale("en-GB"));
		context.setDefaultTimeout(10_000);
		this.contexts.add(context);
		return context.newPage();
	}

	/**
	 * Full-page screenshots at phone and desktop size: target/screenshots/name-WxH.png.
	 */
	/**
	 * Runs axe-core at both sizes and adds each violation (rule, impact, elements) to
	 * {@code problems}, so that one test can report every page at once.
	 */
	static void axe(Page page, String label, List<String> problems) {
		ViewportSize before = page.viewportSize();
		for (ViewportSize size : SIZES) {
			page.setViewportSize(size.width, size.height);
			AxeResults results = new AxeBuilder(page).withTags(AccessibilityTest.TAGS).analyze();
			if (results.getErrorMessage() != null) {
				problems.add(label + " @" + size.width + ": axe failed: " + results.getErrorMessage());
			}
			for (Rule rule : results.getViolations()) {
				StringBuilder text = new StringBuilder(label + " @" + size.width + ": " + rule.getId() + " ("
						+ rule.getImpact() + ") " + rule.getHelp());
				for (CheckedNode node : rule.getNodes()) {
					text.append("\n    ").append(node.getTarget()).append(" — ").append(node.getFailureSummary());
				}
				problems.add(text.toString());
			}
		}
		page.setViewportSize(before.width, before.height);
	}

	static void screenshots(Page page, String name) {
		ViewportSize before = page.viewportSize();
		for (ViewportSize size : SIZES) {
			page.setViewportSize(size.width, size.height);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve(name + "-" + size.width + "x" + size.height + ".png")));
		}
		page.setViewportSize(before.width, before.height);
	}

	static String uniqueEmail(String who) {
		return who + "-" + UUID.randomUUID() + "@example.org";
	}

	/** Fills and sends /signup; ends on /login?created. */
	static void signUp(Page page, String role, String name, String email) {
		page.navigate("/signup");
		page.locator("input[name=role][value=" + role + "]").check();
		page.locator("#displayName").fill(name);
		page.locator("#email").fill(email);
		page.locator("#password").fill(PASSWORD);
		page.locator("#timeZone").selectOption("Europe/London");
		page.getByLabel("I am 18 or older").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account")).click();
		assertThat(page).hasURL(Pattern.compile("/login\\?created$"));
	}

	/** Sends the sign-in form; where it ends depends on the account. */
	static void submitSignIn(Page page, String email) {
		if (!page.url().contains("/login")) {
			page.navigate("/login");
		}
		page.locator("#email").fill(email);
		page.locator("#password").fill(PASSWORD);
		page.getByRole(AriaRole.MAIN)
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sign in"))
			.click();
	}

	static void signIn(Page page, String email, String name) {
		submitSignIn(page, email);
		assertThat(page).hasURL(baseUrlPattern("/"));
		assertThat(greeting(page)).hasText("Hello, " + name + ".");
	}

	static com.microsoft.playwright.Locator greeting(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	static Pattern baseUrlPattern(String path) {
		// Playwright hands the pattern to JavaScript, which has no Pattern.quote style
		// quoting.
		return Pattern
			.compile("^http://localhost:\\d+" + path.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "(#.*)?$");
	}

	static com.microsoft.playwright.Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/**
	 * On /account: starts enrolment and returns the secret shown; the QR code is on the
	 * page afterwards.
	 */
	static String startTwoFactor(Page page) {
		page.navigate("/account");
		button(page, "Set up two-factor sign-in").click();
		com.microsoft.playwright.Locator secret = page.getByTestId("totp-secret");
		assertThat(secret).isVisible();
		assertThat(page.locator("img.qr")).isVisible();
		return secret.textContent().strip();
	}

	/** On /account with enrolment started: enters the current code and turns it on. */
	static void confirmTwoFactor(Page page, String secret) {
		page.locator("#code").fill(TotpCodes.now(secret));
		button(page, "Turn on two-factor sign-in").click();
		assertThat(page.getByTestId("totp-on")).isVisible();
	}

	/**
	 * On the home page of an enrolled therapist: creates and returns an invitation code.
	 */
	static String createInvitation(Page page) {
		button(page, "Create an invitation code").click();
		com.microsoft.playwright.Locator code = page.getByTestId("invitation-code");
		assertThat(code).isVisible();
		return code.textContent().strip();
	}

	/** A therapist account with two-factor sign-in on, signed in, on the home page. */
	record Therapist(Page page, String name, String email, String secret) {
	}

	Therapist enrolledTherapist() {
		Page page = newPage();
		String name = "Dr Ana " + UUID.randomUUID().toString().substring(0, 6);
		String email = uniqueEmail("therapist");
		signUp(page, "THERAPIST", name, email);
		signIn(page, email, name);
		String secret = startTwoFactor(page);
		confirmTwoFactor(page, secret);
		page.navigate("/");
		return new Therapist(page, name, email, secret);
	}

}
