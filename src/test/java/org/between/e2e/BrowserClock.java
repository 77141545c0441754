package org.between.e2e;

import java.time.Duration;
import java.time.Instant;

import org.between.support.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The browser tests' application clock: the real time, which a test may move by an offset
 * ({@link #set}, {@link #advance}) and must move back ({@link #reset}) when it is done.
 * It keeps ticking, unlike the module tests' {@link MutableClock}, because the browser,
 * the sign-in's TOTP codes and Spring Session count real time. Moving it more than twelve
 * hours ahead of a sign-in ends that session (the absolute session limit); moving it back
 * does not.
 */
class BrowserClock extends MutableClock {

	private volatile Duration offset = Duration.ZERO;

	BrowserClock() {
		super(Instant.now());
	}

	@Override
	public void set(Instant instant) {
		this.offset = Duration.between(Instant.now(), instant);
	}

	@Override
	public void advance(Duration duration) {
		this.offset = this.offset.plus(duration);
	}

	/** Back to the real time. */
	void reset() {
		this.offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		@Primary
		BrowserClock browserClock() {
			return new BrowserClock();
		}

	}

}
