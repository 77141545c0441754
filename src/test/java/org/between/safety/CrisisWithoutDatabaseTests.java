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
 * without a session cookie.
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

	@BeforeAll
	void shutTheDatabaseDown() {
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
