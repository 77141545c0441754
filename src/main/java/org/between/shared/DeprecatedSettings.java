package org.between.shared;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings that were renamed keep working under their old names, so that an operator's
 * configuration survives an upgrade: when only the old name is set, its value is used for
 * the new one. README.md lists the old names as deprecated.
 */
class DeprecatedSettings implements EnvironmentPostProcessor {

	/**
	 * Old name → new name. {@code frame} became {@code policy} and {@code sessions}; the
	 * journal's keyset became the one keyset for all written text ({@code encryption}).
	 * An old environment variable such as {@code BETWEEN_JOURNAL_KEYSET} is read under
	 * its old name by relaxed binding and carried over too.
	 */
	static final Map<String, String> RENAMED = Map.of("between.frame.policy-notice-days", "between.policy.notice-days",
			"between.frame.extend-cron", "between.sessions.extend-cron", "between.journal.keyset",
			"between.encryption.keyset", "between.journal.keyset-file", "between.encryption.keyset-file",
			"between.journal.generate-keyset", "between.encryption.generate-keyset",
			"between.journal.reencrypt-on-start", "between.encryption.reencrypt-on-start",
			"between.safety.pdf-font-cache", "between.pdf.font-cache");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> carried = new HashMap<>();
		RENAMED.forEach((old, current) -> {
			String value = environment.getProperty(old);
			if (value != null && !environment.containsProperty(current)) {
				carried.put(current, value);
			}
		});
		if (!carried.isEmpty()) {
			environment.getPropertySources().addLast(new MapPropertySource("deprecatedSettings", carried));
		}
	}

}
