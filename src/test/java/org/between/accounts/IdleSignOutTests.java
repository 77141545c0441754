package org.between.accounts;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.session.autoconfigure.SessionProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the pages' idle warning is told (issue 11, point 5: through SessionProperties and
 * SecuritySettings instead of {@code @Value} placeholders, with the same defaults and the
 * same cap).
 */
class IdleSignOutTests {

	@Test
	void thirtyMinutesAndAWarningTwoMinutesBeforeByDefault() {
		IdleSignOut idle = idleSignOut(new MapConfigurationPropertySource());
		assertThat(idle.seconds()).isEqualTo(Duration.ofMinutes(30).toSeconds());
		assertThat(idle.warnBeforeSeconds()).isEqualTo(120);
	}

	@Test
	void theSessionTimeoutAndTheWarningComeFromTheirSettings() {
		var settings = new MapConfigurationPropertySource();
		settings.put("spring.session.timeout", "45m");
		settings.put("between.security.idle-warning", "5m");
		IdleSignOut idle = idleSignOut(settings);
		assertThat(idle.seconds()).isEqualTo(Duration.ofMinutes(45).toSeconds());
		assertThat(idle.warnBeforeSeconds()).isEqualTo(300);
	}

	@Test
	void aWarningLongerThanTheTimeoutIsCutToIt() {
		var settings = new MapConfigurationPropertySource();
		settings.put("spring.session.timeout", "10m");
		settings.put("between.security.idle-warning", "30m");
		IdleSignOut idle = idleSignOut(settings);
		assertThat(idle.warnBeforeSeconds()).isEqualTo(idle.seconds()).isEqualTo(600);
	}

	/** Binds the two settings as the application does. */
	private static IdleSignOut idleSignOut(MapConfigurationPropertySource source) {
		Binder binder = new Binder(source);
		SessionProperties session = binder.bindOrCreate("spring.session", SessionProperties.class);
		SecuritySettings security = binder.bindOrCreate("between.security", SecuritySettings.class);
		return new IdleSignOut(session, security);
	}

}
