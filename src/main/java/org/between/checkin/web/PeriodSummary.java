package org.between.checkin.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.ToIntFunction;

import org.between.checkin.CheckinView;

/**
 * The words beside a history chart compare the period the client chose with the period of
 * the same length just before it (the last 30 days with the 30 before), not always the
 * last 14 days: a summary that speaks of another span than the chart shows would not be
 * about the chart. Averages that round to the same tenth are said to be the same: a
 * difference nobody could see in the numbers shown is not a change. Pure: no Spring.
 */
final class PeriodSummary {

	private PeriodSummary() {
	}

	/**
	 * The average of the period ending at {@code now} and of the one before it, each
	 * empty without check-ins there, and whether the two are the same to one decimal.
	 */
	static Comparison compare(List<CheckinView> checkins, ToIntFunction<CheckinView> value, int periodDays,
			Instant now) {
		Instant start = now.minus(Duration.ofDays(periodDays));
		Instant before = start.minus(Duration.ofDays(periodDays));
		OptionalDouble current = checkins.stream()
			.filter((c) -> !c.at().isBefore(start) && !c.at().isAfter(now))
			.mapToInt(value)
			.average();
		OptionalDouble previous = checkins.stream()
			.filter((c) -> !c.at().isBefore(before) && c.at().isBefore(start))
			.mapToInt(value)
			.average();
		boolean same = current.isPresent() && previous.isPresent()
				&& Math.round(current.getAsDouble() * 10) == Math.round(previous.getAsDouble() * 10);
		return new Comparison(current, previous, same);
	}

	/** Two periods' averages. */
	record Comparison(OptionalDouble current, OptionalDouble previous, boolean same) {

		/** The message key's ending: both, same, currentOnly, previousOnly or none. */
		String kind() {
			if (this.current.isPresent() && this.previous.isPresent()) {
				return this.same ? "same" : "both";
			}
			if (this.current.isPresent()) {
				return "currentOnly";
			}
			return this.previous.isPresent() ? "previousOnly" : "none";
		}

	}

}
