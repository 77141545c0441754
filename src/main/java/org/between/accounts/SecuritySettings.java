package org.between.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code between.security.*}.
 *
 * @param therapistTotpRequired therapists must confirm two-factor sign-in before they
 * read client data (turned off only in the demo profile)
 * @param tokenLifetime how long an API token is valid
 * @param invitationLifetime how long an invitation code can be accepted
 * @param resetLifetime how long a password reset link works
 * @param publicUrl the address people reach Between at, used in e-mailed links and the
 * calendar feed; unset, {@link PublicLinks} falls back as it describes
 * @param publicUrlFromRequest with no {@code publicUrl}, take the address from the
 * request being answered (the demo profile: a local run on any port or host)
 * @param passwordHashing the Argon2id parameters of new password hashes
 * @param idleWarning how long before the idle sign-out ({@code spring.session.timeout}) a
 * page offers "Stay signed in" ({@link IdleSignOut})
 */
@ConfigurationProperties("between.security")
record SecuritySettings(@DefaultValue("true") boolean therapistTotpRequired,
		@DefaultValue("P30D") Duration tokenLifetime, @DefaultValue("P7D") Duration invitationLifetime,
		@DefaultValue("PT1H") Duration resetLifetime, @DefaultValue("") String publicUrl,
		@DefaultValue("false") boolean publicUrlFromRequest, @DefaultValue PasswordHashing passwordHashing,
		@DefaultValue("2m") Duration idleWarning) {

	/**
	 * {@code between.security.password-hashing.*}: Argon2id's memory and passes. The
	 * defaults are OWASP ASVS 5.0's (19 MiB, 2 passes, one lane); only the tests lower
	 * them (src/test/resources/config/application.yaml), so that hundreds of sign-ups
	 * take no minute. Hashes keep their own parameters, so a change applies to new hashes
	 * and every stored one still verifies.
	 *
	 * @param memory memory per hash (at least 8 KiB)
	 * @param iterations passes over the memory (at least 1)
	 */
	record PasswordHashing(@DefaultValue("19MB") DataSize memory, @DefaultValue("2") int iterations) {

		/** The production strength: anything weaker is for tests only. */
		static final PasswordHashing PRODUCTION = new PasswordHashing(DataSize.ofMegabytes(19), 2);

		PasswordHashing {
			if (memory.toKilobytes() < 8) {
				throw new IllegalArgumentException(
						"between.security.password-hashing.memory must be at least 8KB, not " + memory);
			}
			if (iterations < 1) {
				throw new IllegalArgumentException(
						"between.security.password-hashing.iterations must be at least 1, not " + iterations);
			}
		}

		int memoryKib() {
			return Math.toIntExact(this.memory.toKilobytes());
		}

		boolean weakerThanProduction() {
			return memoryKib() < PRODUCTION.memoryKib() || this.iterations < PRODUCTION.iterations();
		}

	}

}
