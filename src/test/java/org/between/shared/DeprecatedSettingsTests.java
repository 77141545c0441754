package org.between.shared;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
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

	@Test
	void theJournalsKeysetSettingsBecomeTheSharedOnes() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("between.journal.keyset-file", "/srv/between/journal-keyset.json")
			.withProperty("between.journal.generate-keyset", "false")
			.withProperty("between.journal.reencrypt-on-start", "true");

		this.deprecated.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("between.encryption.keyset-file"))
			.isEqualTo("/srv/between/journal-keyset.json");
		assertThat(environment.getProperty("between.encryption.generate-keyset")).isEqualTo("false");
		assertThat(environment.getProperty("between.encryption.reencrypt-on-start")).isEqualTo("true");
	}

	@Test
	void theSafetyPlansPdfFontCacheBecomesThatOfEveryPdf() {
		MockEnvironment environment = new MockEnvironment().withProperty("between.safety.pdf-font-cache",
				"/srv/between/fonts");

		this.deprecated.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("between.pdf.font-cache")).isEqualTo("/srv/between/fonts");
	}

	@Test
	void theOldKeysetEnvironmentVariableStillWorks() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("BETWEEN_JOURNAL_KEYSET", "{\"primaryKeyId\":1}")));

		this.deprecated.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("between.encryption.keyset")).isEqualTo("{\"primaryKeyId\":1}");
	}

}
