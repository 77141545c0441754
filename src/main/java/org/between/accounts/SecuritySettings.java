package org.between.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code between.security.*}.
 *
 * @param therapistTotpRequired therapists must confirm two-factor sign-in before they
 * read client data (turned off only in the demo profile)
 * @param tokenLifetime how long an API token is valid
 * @param invitationLifetime how long an invitation code can be accepted
 * @param resetLifetime how long a password reset link works
 * @param publicUrl the address people reach Between at, used in e-mailed links
 * @param idleWarning how long before the idle sign-out ({@code spring.session.timeout}) a
 * page offers "Stay signed in" ({@link IdleSignOut})
 */
@ConfigurationProperties("between.security")
record SecuritySettings(@DefaultValue("true") boolean therapistTotpRequired,
		@DefaultValue("P30D") Duration tokenLifetime, @DefaultValue("P7D") Duration invitationLifetime,
		@DefaultValue("PT1H") Duration resetLifetime, @DefaultValue("http://localhost:8080") String publicUrl,
		@DefaultValue("2m") Duration idleWarning) {
}
