package org.between.e2e;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.ViewportSize;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

import org.between.accounts.Accounts;
import org.between.accounts.Accounts.NewAccount;
import org.between.accounts.CurrentUser;
import org.between.accounts.Role;
import org.between.accounts.TotpCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-browser tests: the whole application on a random port, and Debian's Chromium
 * driven by Playwright. Every browser test class shares one Spring context (keep the
 * annotations here: a {@code @TestPropertySource} or {@code @MockitoBean} on a subclass
 * starts another) and one Playwright and one Chromium per JVM ({@link SharedChromium});
 * each test gets fresh browser contexts. Never downloads a browser.
 * <p>
 * People are made through the facades and signed in with the sign-in form's own requests
 * (no page drawn): {@link #enrolledTherapist()},
 * {@code ClientBrowserTest.signedInClient()} and {@code link}. Only
 * {@code FirstLinkJourneyTest} signs up, enrols and links through the pages (and
 * {@code AccessibilityTest} checks those pages).
 * <p>
 * axe: {@link #axe} checks every page at phone size, and at desktop size too where the
 * layout changes between the two: when the page has an element that a width media query
 * of our stylesheets ({@code static/css/*.css}, see {@link ResponsiveLayout}) lays out
 * differently, such as {@code .grid.two} or the check-in's {@code .scale-buttons}.
 * Screenshots are taken at both sizes.
 * <p>
 * The application's clock is a {@link BrowserClock}: real time, which a test may move
 * (and moves back after itself).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(SharedChromium.class)
@Import(BrowserClock.Configuration.class)
abstract class BrowserTest {

	static final String CHROMIUM = SharedChromium.CHROMIUM;

	static final String PASSWORD = "quiet river stones 42";

	static final ViewportSize PHONE = new ViewportSize(390, 844);

	static final ViewportSize DESKTOP = new ViewportSize(1280, 800);

	static final List<ViewportSize> SIZES = List.of(PHONE, DESKTOP);

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	private final List<BrowserContext> contexts = new java.util.ArrayList<>();

	/** This JVM's browser ({@link SharedChromium}). */
	static Browser browser() {
		return SharedChromium.browser();
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
		BrowserContext context = browser()
			.newContext(options.setBaseURL(baseUrl()).setViewportSize(PHONE).setLocale("en-GB"));
		context.setDefaultTimeout(10_000);
		this.contexts.add(context);
		return context.newPage();
	}

	/**
	 * Runs axe-core and adds each violation (rule, impact, elements) to {@code problems},
	 * so that one test can report every page at once: at phone size, and at desktop size
	 * as well when the page's layout changes between the two ({@link ResponsiveLayout}).
	 */
	static void axe(Page page, String label, List<String> problems) {
		ViewportSize before = page.viewportSize();
		for (ViewportSize size : ResponsiveLayout.changesBetweenSizes(page) ? SIZES : List.of(PHONE)) {
			page.setViewportSize(size.width, size.height);
			AxeResults results = new AxeBuilder(page).withTags(AccessibilityTest.TAGS).analyze();
			if (results.getErrorMessage() != null) {
				problems.add(label + " @" + size.width + ": axe failed: " + results.getErrorMessage());
			}
			for (Rule rule : results.getViolations()) {
				StringBuilder text = new StringBuilder(label + " @" + size.width + "x" + size.height + ": "
						+ rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp());
				for (CheckedNode node : rule.getNodes()) {
					text.append("\n    ").append(node.getTarget()).append(" — ").append(node.getFailureSummary());
				}
				problems.add(text.toString());
			}
		}
		page.setViewportSize(before.width, before.height);
	}

	/**
	 * Full-page screenshots at phone and desktop size: target/screenshots/name-WxH.png.
	 */
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

	/**
	 * Fills and sends /signup; ends signed in on the first-run page ({@code /welcome}).
	 */
	static void signUp(Page page, String role, String name, String email) {
		page.navigate("/signup");
		page.locator("input[name=role][value=" + role + "]").check();
		page.locator("#displayName").fill(name);
		page.locator("#email").fill(email);
		page.locator("#password").fill(PASSWORD);
		page.locator("#timeZone").selectOption("Europe/London");
		page.getByLabel("I am 18 or older").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account")).click();
		assertThat(page).hasURL(Pattern.compile("/welcome$"));
		assertThat(greeting(page)).hasText("Welcome, " + name + ".");
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

	/**
	 * An account made through the facade, as the sign-up form makes it (time zone
	 * Europe/London, so country GB, English), with {@link #PASSWORD}.
	 */
	CurrentUser account(Role role, String name, String email) {
		var account = this.accounts.signUp(new NewAccount(email, PASSWORD, name, role, "Europe/London", "en"));
		return this.accounts.refresh(account.id());
	}

	/**
	 * Signs the page's browser in with the sign-in form's own requests (and the second
	 * step's, with a current code, when {@code totpSecret} is given) without drawing
	 * those pages, then opens the home page and checks the greeting.
	 */
	static void signInByForm(Page page, String email, String name, String totpSecret) {
		APIRequestContext http = page.request();
		APIResponse step = http.post("/login",
				RequestOptions.create()
					.setForm(FormData.create()
						.set("email", email)
						.set("password", PASSWORD)
						.set("_csrf", csrf(http.get("/login")))));
		if (totpSecret != null) {
			assertThat(step.url()).as("the second sign-in step").contains("/login/second-factor");
			step = http.post("/login/second-factor", RequestOptions.create()
				.setForm(FormData.create().set("code", TotpCodes.now(totpSecret)).set("_csrf", csrf(step))));
		}
		assertThat(step.status()).as("signed in: %s", step.url()).isEqualTo(200);
		page.navigate("/");
		assertThat(page).hasURL(baseUrlPattern("/"));
		assertThat(greeting(page)).hasText("Hello, " + name + ".");
	}

	private static String csrf(APIResponse form) {
		String html = form.text();
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF field on %s", form.url()).isTrue();
		return matcher.group(1);
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
	 * As an enrolled therapist: creates an invitation code on the clients page (where
	 * invitations are, issue 16) and returns it.
	 */
	static String createInvitation(Page page) {
		if (!page.url().contains("/clients")) {
			page.navigate("/clients");
		}
		button(page, "Create an invitation code").click();
		com.microsoft.playwright.Locator code = page.getByTestId("invitation-code");
		assertThat(code).isVisible();
		return code.textContent().strip();
	}

	/** A therapist account with two-factor sign-in on, signed in, on the home page. */
	record Therapist(Page page, String name, String email, String secret, CurrentUser user) {
	}

	/**
	 * A therapist made through the facade with two-factor sign-in confirmed, signed in
	 * with both steps, on the home page.
	 */
	Therapist enrolledTherapist() {
		return enrolledTherapist("Dr Ana ");
	}

	/** As {@link #enrolledTherapist()}, named {@code prefix} and a few random letters. */
	Therapist enrolledTherapist(String prefix) {
		String name = prefix + UUID.randomUUID().toString().substring(0, 6);
		String email = uniqueEmail("therapist");
		CurrentUser therapist = account(Role.THERAPIST, name, email);
		String secret = this.accounts.startTotp(therapist).secret();
		therapist = this.accounts.confirmTotp(therapist, TotpCodes.now(secret));
		Page page = newPage();
		signInByForm(page, email, name, secret);
		return new Therapist(page, name, email, secret, therapist);
	}

}
