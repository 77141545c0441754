package org.between.accounts;

import java.util.Map;
import java.util.Optional;

/**
 * A module's section of the account page (the calendar feed, …), so that {@code /account}
 * can show settings other modules own without {@code accounts} depending on them. Like
 * {@link HomeCard}: implement it as a bean in the contributing module, which also handles
 * the section's forms; sections are shown by {@link Section#order()}.
 */
public interface AccountSection {

	/** The section for this person, or empty when there is none for them. */
	Optional<Section> sectionFor(CurrentUser user);

	/**
	 * What to render: the fragment {@code fragment} of the template {@code template},
	 * with {@code model} available to it as the variable {@code section}.
	 */
	record Section(String template, String fragment, Map<String, Object> model, int order) {
	}

}
