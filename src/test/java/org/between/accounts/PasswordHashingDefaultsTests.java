package org.between.accounts;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.between.accounts.SecuritySettings.PasswordHashing;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Production hashes passwords with Argon2id at 19 MiB and 2 passes (OWASP ASVS 5.0): the
 * record's defaults, not lowered by the application's own settings files. Only the tests'
 * settings make hashing cheap (issue 11, point 4).
 */
class PasswordHashingDefaultsTests {

	private static final Pattern PARAMETERS = Pattern.compile("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$");

	@Test
	void withoutSettingsNewHashesAreArgon2idAt19MiBAndTwoPasses() {
		SecuritySettings settings = bind(new StandardEnvironment());

		assertThat(settings.passwordHashing().memory()).isEqualTo(DataSize.ofKilobytes(19456));
		assertThat(settings.passwordHashing().iterations()).isEqualTo(2);
		assertThat(settings.passwordHashing().weakerThanProduction()).isFalse();
		assertThat(parameters(new Passwords(settings).hash("a long and unusual passphrase 42"))).containsExactly(19456,
				2, 1);
	}

	@Test
	void theApplicationsOwnSettingsFilesKeepTheProductionStrength() throws IOException {
		for (String file : List.of("application.yaml", "application-demo.yaml")) {
			StandardEnvironment environment = new StandardEnvironment();
			for (PropertySource<?> source : new YamlPropertySourceLoader().load(file, new ClassPathResource(file))) {
				environment.getPropertySources().addLast(source);
			}
			assertThat(bind(environment).passwordHashing()).as(file).isEqualTo(PasswordHashing.PRODUCTION);
		}
	}

	@Test
	void theSettingChangesNewHashesAndEveryOldHashStillVerifies() {
		StandardEnvironment cheap = new StandardEnvironment();
		cheap.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("between.security.password-hashing.memory", "64KB",
					"between.security.password-hashing.iterations", "1")));
		Passwords weak = new Passwords(bind(cheap));
		Passwords strong = new Passwords(bind(new StandardEnvironment()));

		String weakHash = weak.hash("violet tractor under 7 moons");
		assertThat(parameters(weakHash)).containsExactly(64, 1, 1);
		assertThat(strong.matches("violet tractor under 7 moons", weakHash)).isTrue();
		String strongHash = strong.hash("violet tractor under 7 moons");
		assertThat(weak.matches("violet tractor under 7 moons", strongHash)).isTrue();
		assertThat(weak.matches("violet tractor under 8 moons", strongHash)).isFalse();
	}

	@Test
	void parametersArgon2CannotUseAreRefusedAtStartUp() {
		assertThatThrownBy(() -> new PasswordHashing(DataSize.ofKilobytes(4), 2))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("between.security.password-hashing.memory");
		assertThatThrownBy(() -> new PasswordHashing(DataSize.ofMegabytes(19), 0))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("between.security.password-hashing.iterations");
	}

	private static SecuritySettings bind(StandardEnvironment environment) {
		return new Binder(ConfigurationPropertySources.get(environment)).bindOrCreate("between.security",
				SecuritySettings.class);
	}

	private static List<Integer> parameters(String hash) {
		Matcher matcher = PARAMETERS.matcher(hash);
		assertThat(matcher.find()).as("Argon2id parameters in %s", hash).isTrue();
		return List.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
				Integer.parseInt(matcher.group(3)));
	}

}
