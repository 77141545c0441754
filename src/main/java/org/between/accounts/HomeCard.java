package org.between.accounts;

import java.util.Map;
import java.util.Optional;

/**
 * A module's contribution to a person's home page (a due measure, the agenda, …), so that
 * the home page can show what other modules know without {@code accounts} depending on
 * them. Implement it as a bean in the contributing module; cards are shown by
 * {@link #order()}.
 */
public interface HomeCard {

	/** The card for this person right now, or empty when there is nothing to show. */
	Optional<Card> cardFor(CurrentUser user);

	/**
	 * What to render: the fragment {@code fragment} of the template {@code template},
	 * with {@code model} available to it as the variable {@code card}.
	 */
	record Card(String template, String fragment, Map<String, Object> model, int order) {
	}

}
