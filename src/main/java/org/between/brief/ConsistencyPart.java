package org.between.brief;

import java.time.Instant;
import java.util.List;

import org.between.accounts.CurrentUser;

/**
 * One part of a therapist's consistency record ({@link Consistency}): a module or part
 * that knows a kind of the therapist's own conduct (sessions and their time, the policy
 * and its notice, time away and its cover; endings and referrals when that module is
 * built) answers its figures for a period. A bean in the module that knows the facts, or
 * in {@code brief} for the modules brief already reads; shown by {@link #order()}.
 * <p>
 * A part reports the therapist's own conduct only, in plain numbers with a sentence each:
 * no score, no comparison with anyone, no judgement of a client.
 */
public interface ConsistencyPart {

	/** The figures about {@code therapist}'s own conduct in {@code [from, to)}. */
	Section section(CurrentUser therapist, Instant from, Instant to);

	/** Where the section goes, smallest first. */
	int order();

	/**
	 * A part's section: its title's message key, the title in words, the figures, and a
	 * sentence that says them together.
	 */
	record Section(String key, String title, List<Figure> figures, String sentence) {
	}

	/**
	 * One figure: its message key (for a reader of the API), the number, and its sentence
	 * in words.
	 */
	record Figure(String key, long value, String sentence) {
	}

}
