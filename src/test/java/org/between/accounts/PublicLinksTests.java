package org.between.accounts;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/** Where e-mailed links point, with and without {@code between.security.public-url}. */
class PublicLinksTests {

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theConfiguredAddressWinsAndLosesItsTrailingSlash() {
		answering("http://127.0.0.1:9090/any");
		assertThat(links("https://between.example.org/", true).to("/policy"))
			.isEqualTo("https://between.example.org/policy");
	}

	@Test
	void unsetInTheDemoProfileTheRequestsAddressIsTaken() {
		answering("http://127.0.0.1:9090/sessions");
		assertThat(links("", true).to("/invitations/ABC")).isEqualTo("http://127.0.0.1:9090/invitations/ABC");
	}

	@Test
	void unsetInTheDemoProfileAJobWithoutARequestGetsTheFallback() {
		assertThat(links("", true).base()).isEqualTo(PublicLinks.UNSET);
	}

	@Test
	void unsetInProductionTheRequestIsNeverTrusted() {
		// a Host header is the client's to choose: never put it into a mail to someone
		// else
		answering("http://attacker.example/login");
		assertThat(links("", false).base()).isEqualTo(PublicLinks.UNSET);
	}

	private static void answering(String url) {
		var uri = java.net.URI.create(url);
		var request = new MockHttpServletRequest("GET", uri.getPath());
		request.setScheme(uri.getScheme());
		request.setServerName(uri.getHost());
		request.setServerPort(uri.getPort() < 0 ? 80 : uri.getPort());
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	private static PublicLinks links(String publicUrl, boolean fromRequest) {
		return new PublicLinks(new SecuritySettings(true, Duration.ofDays(30), Duration.ofDays(7), Duration.ofHours(1),
				publicUrl, fromRequest,
				new SecuritySettings.PasswordHashing(org.springframework.util.unit.DataSize.ofMegabytes(19), 2),
				Duration.ofMinutes(2)));
	}

}
