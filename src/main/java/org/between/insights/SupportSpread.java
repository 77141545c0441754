package org.between.insights;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.between.checkin.TurnedTo;

/**
 * How concentrated first turns to people are: the Herfindahl index, the sum of each
 * person category's squared share (1 = always the same one, near 0 = spread over many).
 * Turning to oneself or to nobody is not a turn to a person and does not count here.
 */
record SupportSpread(Double concentration, TurnedTo mostOften, Double mostOftenShare, long turnsToPeople) {

	/**
	 * The least number of turns to people before the page says anything about the spread.
	 */
	static final int ENOUGH_TURNS = 5;

	/** The share above which one person "carries most of it". */
	static final double MOST = 0.5;

	static SupportSpread of(Map<TurnedTo, Long> firstTurns) {
		Map<TurnedTo, Long> people = new EnumMap<>(TurnedTo.class);
		firstTurns.forEach((who, n) -> {
			if (who.isSomeone() && n > 0) {
				people.put(who, n);
			}
		});
		long total = people.values().stream().mapToLong(Long::longValue).sum();
		if (total == 0) {
			return new SupportSpread(null, null, null, 0);
		}
		double index = people.values().stream().mapToDouble((n) -> Math.pow((double) n / total, 2)).sum();
		Optional<Map.Entry<TurnedTo, Long>> top = people.entrySet().stream().max(Map.Entry.comparingByValue());
		return new SupportSpread(index, top.get().getKey(), (double) top.get().getValue() / total, total);
	}

	/** Enough turns, and one person category took more than half of them. */
	boolean oneCarriesMost() {
		return this.turnsToPeople >= ENOUGH_TURNS && this.mostOftenShare != null && this.mostOftenShare > MOST;
	}

}
