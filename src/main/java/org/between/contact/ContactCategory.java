package org.between.contact;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of contact between sessions an agreement can allow (API.md). */
public enum ContactCategory {

	/** Moving, cancelling or arranging a session. */
	SCHEDULING,

	/** A short message about how things are going. */
	BRIEF_CHECKIN,

	/** A journal entry the therapist reads before the next session. */
	JOURNAL_BEFORE_SESSION,

	/** A phone call in an emergency. */
	PHONE_EMERGENCY;

	/** The category of that name (exact, upper case), if there is one. */
	public static Optional<ContactCategory> named(String name) {
		return Arrays.stream(values()).filter((c) -> c.name().equals(name)).findFirst();
	}

}
