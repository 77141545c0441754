package org.between.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The notices read nothing from the database: signed out, /privacy and /about answer with
 * the database gone, and make no session. (Signed in, the session itself lives in the
 * database; they keep it so that the header stays the person's own.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
@TestInstance(Lifecycle.PER_CLASS)
class NoticesWithoutDatabaseTests {

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

	@ParameterizedTest
	@ValueSource(strings = { "/privacy", "/about" })
	void theNoticesAnswerSignedOut(String path) throws Exception {
		HttpResponse<String> page = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Between is for adults").contains("href=\"/crisis\"");
		assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
	}

}
