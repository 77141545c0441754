package org.between.safety;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The crisis page and the crisis-line API answer when the database is gone, with or
 * without a session cookie; so do styles and scripts, and a signed-in client's safety
 * screen still shows the crisis lines of their country (issue 10, point 5).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
@TestInstance(Lifecycle.PER_CLASS)
class CrisisWithoutDatabaseTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	/** The signed-in client's cookies (SESSION and between_country), from before. */
	String signedIn;

	@BeforeAll
	void shutTheDatabaseDown() throws Exception {
		this.signedIn = signUpAndSignIn();
		assertThat(this.signedIn).contains("SESSION=").contains("between_country=NZ");
		this.jdbc.execute("SHUTDOWN");
		assertThatThrownBy(() -> this.jdbc.queryForObject("select count(*) from spring_session", Integer.class))
			.as("the database is down")
			.isNotNull();
	}

	@Test
	void theCrisisPageAnswers() throws Exception {
		HttpResponse<String> page = get("/crisis?country=GB", null);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Samaritans").contains("tel:116123").contains("999");
		assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void theCrisisPageAnswersWithASessionCookieNobodyKnows() throws Exception {
		String madeUp = Base64.getEncoder()
			.encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> page = get("/crisis?country=GB", "SESSION=" + madeUp);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Samaritans").contains("tel:116123");
	}

	@Test
	void theCrisisLineApiAnswers() throws Exception {
		String madeUp = Base64.getEncoder()
			.encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
		for (String cookie : new String[] { null, "SESSION=" + madeUp }) {
			HttpResponse<String> lines = get("/api/v1/crisis-lines?country=GB", cookie);

			assertThat(lines.statusCode()).as("cookie %s", cookie).isEqualTo(200);
			assertThat(lines.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
			assertThat(lines.body()).contains("\"Samaritans\"").contains("116 123").contains("\"999\"");
		}
	}

	@Test
	void theSafetyScreenOfASignedInClientShowsTheLinesOfTheirCountryAndSaysThePlanCannotBeShown() throws Exception {
		HttpResponse<String> page = get("/safety/now?reason=SUICIDAL_THOUGHTS", this.signedIn);

		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying((t) -> assertThat(t).contains("html"));
		assertThat(page.body()).contains("Your safety plan cannot be shown right now")
			.contains("href=\"/crisis\"")
			.contains("Get help now")
			.contains("tel:1737")
			.contains("call 111.")
			.doesNotContain("HTTP Status")
			.doesNotContain("Samaritans");
		assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void withoutTheCountryCookieTheSafetyScreenFallsBackToTheBrowserThenToWhatWorksEverywhere() throws Exception {
		String sessionOnly = this.signedIn.replaceAll("; ?between_country=[A-Z]{2}", "")
			.replaceAll("between_country=[A-Z]{2}; ?", "");
		assertThat(sessionOnly).doesNotContain("between_country");

		HttpResponse<String> british = get("/safety/now", sessionOnly);
		assertThat(british.statusCode()).isEqualTo(503);
		assertThat(british.body()).contains("Your safety plan cannot be shown right now").contains("tel:116123");

		HttpResponse<String> unknown = send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/safety/now"))
					.header("Accept", "text/html")
					.header("Cookie", sessionOnly)
					.build());
		assertThat(unknown.statusCode()).isEqualTo(503);
		assertThat(unknown.body()).contains("data-testid=\"crisis-fallback\"")
			.contains("href=\"tel:112\"")
			.contains("https://findahelpline.com");
	}

	@Test
	void theSafetyPlanAndItsPdfAlsoShowTheCrisisLines() throws Exception {
		for (String path : new String[] { "/safety", "/safety/plan.pdf" }) {
			HttpResponse<String> page = get(path, this.signedIn);
			assertThat(page.statusCode()).as(path).isEqualTo(503);
			assertThat(page.body()).as(path)
				.contains("Your safety plan cannot be shown right now")
				.contains("tel:1737");
		}
	}

	@Test
	void stylesAndScriptsLoadWithASessionCookie() throws Exception {
		for (String path : new String[] { "/css/between.css", "/js/time-zone.js" }) {
			HttpResponse<String> resource = get(path, this.signedIn);
			assertThat(resource.statusCode()).as(path).isEqualTo(200);
			assertThat(resource.body()).as(path).isNotBlank();
			assertThat(resource.headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
	}

	/** Signs up (API) and in (the form), opens the home page; answers the cookies. */
	private String signUpAndSignIn() throws Exception {
		String email = "offline-" + UUID.randomUUID() + "@example.org";
		String password = "violet tractor under 7 moons";
		HttpResponse<String> created = send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/accounts"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password
					+ "\",\"displayName\":\"Kai\",\"role\":\"CLIENT\",\"timeZone\":\"Europe/London\",\"country\":\"NZ\"}"))
			.build());
		assertThat(created.statusCode()).isEqualTo(201);

		HttpResponse<String> login = get("/login", null);
		String anonymous = cookie(login, "SESSION");
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(login.body());
		assertThat(csrf.find()).isTrue();
		String form = "email=" + java.net.URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Cookie", "SESSION=" + anonymous)
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
		String session = cookie(signedIn, "SESSION");

		HttpResponse<String> home = get("/", "SESSION=" + session);
		assertThat(home.statusCode()).isEqualTo(200);
		return "SESSION=" + session + "; between_country=" + cookie(home, "between_country");
	}

	private static String cookie(HttpResponse<String> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith(name + "="))
			.map((c) -> c.substring(name.length() + 1, c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/json;q=0.9")
			.header("Accept-Language", "en-GB");
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
