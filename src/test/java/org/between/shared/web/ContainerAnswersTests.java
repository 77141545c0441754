package org.between.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the real server (Tomcat on a random port) answers where MockMvc cannot look:
 * requests Tomcat refuses before the application sees them get our page with "Get help
 * now" and the protective headers (issue 10, point 12), content types a JSON endpoint
 * does not take are a 415 problem and never a 500, and a form with a risk answer posted
 * without a session shows the crisis lines instead of a 403 (point 2c).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ContainerAnswersTests {

	private static final String SIGN_UP = "{\"email\":\"c-%s@example.org\",\"password\":\"violet tractor under 7 moons\","
			+ "\"displayName\":\"A\",\"role\":\"CLIENT\",\"timeZone\":\"Europe/Vienna\"}";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@ParameterizedTest
	@ValueSource(strings = { "GET /crisis HTTP/1.1\r\nHost: localhost\r\nBad Header Name: x\r\n\r\n",
			"GET /cri sis<> HTTP/1.1\r\nHost: localhost\r\n\r\n", "GET /crisis HTTP/9.9\r\nHost: localhost\r\n\r\n",
			"G@T /crisis HTTP/1.1\r\nHost: localhost\r\n\r\n", "GET /%%% HTTP/1.1\r\nHost: localhost\r\n\r\n" })
	void aRequestTomcatRefusesGetsOurPageWithItsHeaders(String request) throws IOException {
		String answer = raw(request);
		String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase(Locale.ROOT);
		assertThat(answer).matches("(?s)^HTTP/1\\.1 (400|404|505) .*");
		assertThat(head).contains("content-security-policy: default-src 'none'", "frame-ancestors 'none'",
				"x-content-type-options: nosniff", "x-frame-options: deny", "referrer-policy: no-referrer",
				"content-type: text/html");
		assertThat(answer)
			.contains("Get help now", "href=\"/crisis\"", "<html lang=\"en\">", "This request could not be read")
			.doesNotContain("HTTP Status", "Apache Tomcat", "Exception");
	}

	@ParameterizedTest
	@ValueSource(strings = { "*/*", "text/plain", "application/xml", "text/*", "json", ";;;" })
	void aContentTypeTheSignUpDoesNotTakeIsAProblemNeverA500(String type) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(url("/api/v1/accounts"))
			.header("Content-Type", type)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(SIGN_UP.formatted(java.util.UUID.randomUUID())))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(type).isEqualTo(415);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":415").doesNotContain("Exception");
	}

	@Test
	void aCheckinWithARiskAnswerPostedWithoutASessionShowsTheCrisisLinesOfItsCountry() throws Exception {
		HttpResponse<String> response = postForm("/checkin",
				"mood=3&distress=8&urge-SUICIDAL_THOUGHTS=2&country=GB&_csrf=from-an-ended-session",
				"SESSION=bm90LWEtc2Vzc2lvbg");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body())
			.contains("Samaritans", "116 123", "tel:999", "Sign in to save this",
					"You told us you are having thoughts of suicide")
			.doesNotContain("not available to your account");
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void aPhq9WithItem9PostedWithoutASessionShowsTheCrisisLinesOfItsCountry() throws Exception {
		HttpResponse<String> response = postForm("/measures/PHQ9/answer",
				"q1=1&q2=1&q3=0&q4=0&q5=0&q6=0&q7=0&q8=0&q9=1&country=DE&_csrf=x", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("TelefonSeelsorge", "Sign in to save this");
	}

	@Test
	void aCheckinWithoutARiskAnswerPostedWithoutASessionLeadsToAKindSignIn() throws Exception {
		HttpResponse<String> response = postForm("/checkin", "mood=6&distress=2&country=GB&_csrf=x", null);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?timedOut&notKept"));
	}

	private HttpResponse<String> postForm(String path, String body, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(url(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.header("Accept-Language", "en-GB")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(5000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			try {
				for (int n; (n = in.read(buffer)) >= 0;) {
					answer.write(buffer, 0, n);
					if (answer.toString(StandardCharsets.UTF_8).contains("</html>")) {
						break;
					}
				}
			}
			catch (java.net.SocketTimeoutException ex) {
				// whatever came is the answer
			}
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

}
