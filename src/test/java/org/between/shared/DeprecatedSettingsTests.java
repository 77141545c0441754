package org.between.shared;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DeprecatedSettingsTests {

	private final DeprecatedSettings deprecated = new DeprecatedSettings();

	@Test
	void anOldNameStillSetsTheSettingUnderItsNewName() {
		MockEnvironment environment = new MockEnvironment().withProperty("between.frame.policy-notice-days", "21")
			.withProperty("between.frame.extend-cron", "0 0 3 * * *");

		this.deprecated.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("between.policy.notice-days")).isEqualTo("21");
		assertThat(environment.getProperty("between.sessions.extend-cron")).isEqualTo("0 0 3 * * *");
	}

	@Test
	void theNewNameWinsWhenBothAreSet() {
		MockEnvironment environment = new MockEnvironment().withProperty("between.frame.policy-notice-days", "21")
			.withProperty("between.policy.notice-days", "45");

		this.deprecated.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("between.policy.notice-days")).isEqualTo("45");
	}

}
