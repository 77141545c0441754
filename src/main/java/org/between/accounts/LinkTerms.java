package org.between.accounts;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The frame a client agrees to by linking: the therapist's terms shown on the invitation
 * page, and their acknowledgement when the client accepts. Implemented by the module that
 * owns the terms ({@code policy}), so that {@code accounts} does not depend on it (the
 * {@link HomeCard} pattern). Linking is consent to the frame: the version acknowledged is
 * the one the client was shown, even if a newer one was published in between.
 */
public interface LinkTerms {

	/**
	 * What the client is shown before linking with the therapist (the version in force
	 * now, in short), or empty when the therapist has none.
	 */
	Optional<Shown> shownFor(UUID therapistId);

	/**
	 * Whether the therapist has this version (a version the client may have been shown).
	 */
	boolean offers(UUID therapistId, int version);

	/**
	 * Records that the client, now linked with the therapist, read this version; called
	 * in the accepting transaction, after {@link #offers} said yes.
	 */
	void acknowledge(UUID therapistId, UUID clientId, int version);

	/**
	 * The terms as shown: their version (sent back when accepting) and the fragment that
	 * shows them, with {@code model} available to it as {@code terms}.
	 */
	record Shown(int version, String template, String fragment, Map<String, Object> model) {
	}

}
