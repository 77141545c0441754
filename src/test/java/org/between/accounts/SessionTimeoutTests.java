package org.between.accounts;

import java.time.Duration;
import java.time.Instant;

import org.between.support.MutableClock;
import org.between.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions end after 30 idle minutes, and 12 hours after sign-in however active they are.
 */
class SessionTimeoutTests extends WebTest {

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Test
	void aNewSessionEndsAfterThirtyIdleMinutes() {
		org.springframework.session.Session session = this.sessions.createSession();
		assertThat(session.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void aSessionEndsTwelveHoursAfterItBeganEvenWhenActive() throws Exception {
		MockHttpSession session = new MockHttpSession();
		Instant began = Instant.ofEpochMilli(session.getCreationTime());
		MutableClock clock = new MutableClock(began.plus(Duration.ofHours(12)).minusSeconds(1));
		AbsoluteSessionTimeout timeout = new AbsoluteSessionTimeout(clock, Duration.ofHours(12));

		timeout.doFilter(request(session), new MockHttpServletResponse(), new MockFilterChain());
		assertThat(session.isInvalid()).isFalse();

		clock.advance(Duration.ofSeconds(2));
		timeout.doFilter(request(session), new MockHttpServletResponse(), new MockFilterChain());
		assertThat(session.isInvalid()).isTrue();
	}

	private static MockHttpServletRequest request(MockHttpSession session) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setSession(session);
		return request;
	}

}
