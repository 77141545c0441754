package org.between.accounts;

import java.util.Optional;

/**
 * A module's offer on the first-run page ({@code /welcome}, right after sign-up), so that
 * the page can offer what other modules know (the safety plan, "on a calm day") without
 * {@code accounts} depending on them; the {@link HomeCard} pattern. An offer is made once
 * there: the module remembers when it is declined and offers nothing after.
 */
public interface FirstRunCard {

	/** The offer for this person now, or empty. */
	Optional<HomeCard.Card> cardFor(CurrentUser user);

}
