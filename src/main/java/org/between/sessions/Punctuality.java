package org.between.sessions;

import java.time.Duration;
import java.util.List;

/**
 * How sessions kept their time, counted over held sessions whose start and end were
 * recorded: started more than five minutes late, or ended more than five minutes short of
 * their length; the minutes lost are what the held sessions fell short of their planned
 * length.
 */
public record Punctuality(int held, int recorded, int startedLate, int cutShort, long minutesLost) {

	static final Duration GRACE = Duration.ofMinutes(5);

	static Punctuality of(List<SessionView> sessions) {
		int held = 0;
		int recorded = 0;
		int late = 0;
		int shortened = 0;
		long lost = 0;
		for (SessionView s : sessions) {
			if (s.status() != SessionStatus.HELD) {
				continue;
			}
			held++;
			if (s.startedAt() == null || s.endedAt() == null) {
				continue;
			}
			recorded++;
			Duration planned = Duration.between(s.startsAt(), s.endsAt());
			Duration actual = Duration.between(s.startedAt(), s.endedAt());
			if (Duration.between(s.startsAt(), s.startedAt()).compareTo(GRACE) > 0) {
				late++;
			}
			if (planned.minus(actual).compareTo(GRACE) > 0) {
				shortened++;
			}
			lost += Math.max(0, planned.minus(actual).toMinutes());
		}
		return new Punctuality(held, recorded, late, shortened, lost);
	}

}
