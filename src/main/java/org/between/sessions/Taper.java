package org.between.sessions;

import java.time.LocalDate;

import org.between.shared.InputProblems;

/**
 * The last phase of an ending, shaped: from {@code from} on, the standing appointments
 * meet every {@code everyWeeks} weeks instead of their own rhythm, up to the last
 * session. Meeting less often before the end lets the client try the weeks between on
 * their own while the therapist is still there to talk it over; the rhythm changes on a
 * day, never retroactively, and keeps each appointment's weekday and local time (across a
 * daylight-saving change the UTC instant moves, the hour on the clock does not).
 */
public record Taper(Integer everyWeeks, LocalDate from) {

	/** A taper meets at least every other week … */
	public static final int MIN_EVERY_WEEKS = 2;

	/**
	 * … and, as standing appointments meet every week or every other week, a taper is
	 * every other week.
	 */
	public static final int MAX_EVERY_WEEKS = 2;

	/**
	 * Notes what is wrong: a rhythm other than every other week, a first day missing,
	 * before today or after the last session day.
	 */
	public void check(LocalDate today, LocalDate lastDay, InputProblems problems) {
		problems.require(
				this.everyWeeks != null && this.everyWeeks >= MIN_EVERY_WEEKS && this.everyWeeks <= MAX_EVERY_WEEKS,
				"taper.everyWeeks", "sessions.taper.everyWeeks");
		problems.require(this.from != null && !this.from.isBefore(today), "taper.from", "sessions.taper.from");
		if (this.from != null && lastDay != null && !problems.has("taper.from")) {
			problems.require(!this.from.isAfter(lastDay), "taper.from", "sessions.taper.fromAfterEnd");
		}
	}

}
