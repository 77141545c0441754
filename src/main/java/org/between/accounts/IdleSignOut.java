package org.between.accounts;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The idle sign-out as pages tell it to their script (WCAG 2.2.1, "Timing adjustable"):
 * after {@code spring.session.timeout} (30 minutes) without a request the session ends;
 * {@code between.security.idle-warning} (2 minutes) before that, the page offers "Stay
 * signed in". Named {@code idleSignOut} for the layout.
 */
@Component("idleSignOut")
public class IdleSignOut {

	private final Duration timeout;

	private final Duration warnBefore;

	IdleSignOut(@Value("${spring.session.timeout:30m}") Duration timeout,
			@Value("${between.security.idle-warning:2m}") Duration warnBefore) {
		this.timeout = timeout;
		this.warnBefore = (warnBefore.compareTo(timeout) > 0) ? timeout : warnBefore;
	}

	/** Seconds without a request until the sign-in ends. */
	public long seconds() {
		return this.timeout.toSeconds();
	}

	/** Seconds before that when the warning shows. */
	public long warnBeforeSeconds() {
		return this.warnBefore.toSeconds();
	}

}
