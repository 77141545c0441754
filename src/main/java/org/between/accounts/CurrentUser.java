package org.between.accounts;

import java.io.Serializable;
import java.security.Principal;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.between.shared.ForbiddenException;

/**
 * The signed-in person, as every module sees them. It is the security principal of both
 * the page session and the bearer token; its name is the user id, never the e-mail.
 * {@code country} is the person's own country setting (ISO 3166 alpha-2), which picks
 * their crisis lines; null when they have not chosen one.
 */
public record CurrentUser(UUID id, Role role, String displayName, ZoneId zone, Locale locale, boolean totpEnabled,
		String country) implements Principal, Serializable {

	/** A person without a country setting. */
	public CurrentUser(UUID id, Role role, String displayName, ZoneId zone, Locale locale, boolean totpEnabled) {
		this(id, role, displayName, zone, locale, totpEnabled, null);
	}

	public boolean isClient() {
		return this.role == Role.CLIENT;
	}

	public boolean isTherapist() {
		return this.role == Role.THERAPIST;
	}

	/**
	 * This person, when they are a client; 403 otherwise. A client's own pages and API
	 * (check-ins, journal, safety plan …) are theirs alone.
	 */
	public CurrentUser requireClient() {
		if (!isClient()) {
			throw new ForbiddenException("problem.clientsOnly");
		}
		return this;
	}

	/** This person, when they are a therapist; 403 otherwise. */
	public CurrentUser requireTherapist() {
		if (!isTherapist()) {
			throw new ForbiddenException("problem.therapistsOnly");
		}
		return this;
	}

	@Override
	public String getName() {
		return this.id.toString();
	}

}
