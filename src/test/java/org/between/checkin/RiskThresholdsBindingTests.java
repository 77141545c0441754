package org.between.checkin;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thresholds bind from exactly {@code between.safety.suicidal-thoughts-threshold} and
 * {@code between.safety.self-harm-threshold}, next to the safety module's own settings,
 * and a threshold that would trigger always or never stops the start.
 */
class RiskThresholdsBindingTests {

	final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Settings.class);

	@Test
	void defaultsAreOneAndThree() {
		this.runner
			.run((context) -> assertThat(context.getBean(RiskThresholds.class)).isEqualTo(new RiskThresholds(1, 3)));
	}

	@Test
	void bothNamesFromApiMdBind() {
		this.runner
			.withPropertyValues("between.safety.suicidal-thoughts-threshold=2", "between.safety.self-harm-threshold=4",
					"between.safety.default-country=GB")
			.run((context) -> assertThat(context.getBean(RiskThresholds.class)).isEqualTo(new RiskThresholds(2, 4)));
	}

	@Test
	void zeroOrMoreThanFiveIsRefused() {
		this.runner.withPropertyValues("between.safety.suicidal-thoughts-threshold=0")
			.run((context) -> assertThat(context).hasFailed());
		this.runner.withPropertyValues("between.safety.self-harm-threshold=6")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RiskThresholds.class)
	static class Settings {

	}

}
