package org.between.insights.web;

import java.util.List;
import java.util.Map;

import org.between.checkin.TurnedTo;

/**
 * The spread of first turns to people in one plain sentence, instead of the index's
 * number ("Spread of support: 0.55" told nobody anything): how many kinds of people, how
 * many times, and who most often — and when two or more kinds share the top, all of them,
 * said as a tie, never one of them picked at random. Turning to oneself or to nobody is
 * not a turn to a person and is left out, as in the index. Pure: the page resolves the
 * message key and the names.
 */
final class SupportSentence {

	private SupportSentence() {
	}

	/** The message key (after {@code insights.spread.sentence.}) and its parts. */
	static Line of(Map<TurnedTo, Long> firstTurns) {
		List<Map.Entry<TurnedTo, Long>> people = firstTurns.entrySet()
			.stream()
			.filter((e) -> e.getKey().isSomeone() && e.getValue() != null && e.getValue() > 0)
			.toList();
		long total = people.stream().mapToLong(Map.Entry::getValue).sum();
		if (total == 0) {
			return new Line("none", List.of(), 0, 0, 0);
		}
		long top = people.stream().mapToLong(Map.Entry::getValue).max().orElse(0);
		List<TurnedTo> most = people.stream()
			.filter((e) -> e.getValue() == top)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		String kind = (people.size() == 1) ? "one" : (most.size() > 1) ? "tie" : "most";
		return new Line(kind, most, people.size(), total, top);
	}

	/**
	 * @param kind none, one (a single kind of person), tie (several share the top) or
	 * most
	 * @param most the kind or kinds turned to most often, in {@link TurnedTo} order
	 * @param kinds how many kinds of people
	 * @param total first turns to people
	 * @param top the count of the most often
	 */
	record Line(String kind, List<TurnedTo> most, int kinds, long total, long top) {
	}

}
