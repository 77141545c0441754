package org.between.accounts;

import java.io.Serializable;
import java.security.Principal;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/**
 * The signed-in person, as every module sees them. It is the security principal of both
 * the page session and the bearer token; its name is the user id, never the e-mail.
 */
public record CurrentUser(UUID id, Role role, String displayName, ZoneId zone, Locale locale,
		boolean totpEnabled) implements Principal, Serializable {

	public boolean isClient() {
		return this.role == Role.CLIENT;
	}

	public boolean isTherapist() {
		return this.role == Role.THERAPIST;
	}

	@Override
	public String getName() {
		return this.id.toString();
	}

}
