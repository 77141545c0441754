package org.between.accounts;

import java.time.Duration;

import org.springframework.boot.session.autoconfigure.SessionProperties;
import org.springframework.stereotype.Component;

/**
 * The idle sign-out as pages tell it to their script (WCAG 2.2.1, "Timing adjustable"):
 * after {@code spring.session.timeout} (30 minutes) without a request the session ends;
 * {@code between.security.idle-warning} (2 minutes) before that, the page offers "Stay
 * signed in". Named {@code idleSignOut} for the layout.
 */
@Component("idleSignOut")
public class IdleSignOut {

	/** Spring Session's own default when {@code spring.session.timeout} is not set. */
	static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

	private final Duration timeout;

	private final Duration warnBefore;

	IdleSignOut(SessionProperties session, SecuritySettings settings) {
		this.timeout = session.determineTimeout(() -> DEFAULT_TIMEOUT);
		Duration warnBefore = settings.idleWarning();
		this.warnBefore = (warnBefore.compareTo(this.timeout) > 0) ? this.timeout : warnBefore;
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
