package org.between.sessions;

import java.time.Duration;
import java.util.List;

/**
 * How sessions kept their time, counted over held sessions whose start and end were
 * recorded: started more than five minutes late, or ended more than five minutes short of
 * their length; the minutes lost are what the held sessions fell short of their planned
 * length.
 * <p>
 * Issue 18 adds what a client feels and a count alone hides: a late start the therapist
 * said in time ({@code startedLateAnnounced}, a {@link RunningLate} said before the
 * recorded start) is not the same as one nobody was told of
 * ({@code startedLateUnannounced}); {@code endedEarly} counts sessions that ended more
 * than five minutes before their planned end (a late start made up by ending later is not
 * one); {@code fullLengthNotKept} counts sessions the therapist said would still have
 * their full length that were then cut short. A late start announced with the full length
 * and kept loses no minutes; one announced without it loses what it fell short.
 */
public record Punctuality(int held, int recorded, int startedLate, int cutShort, long minutesLost,
		int startedLateAnnounced, int startedLateUnannounced, int endedEarly, int fullLengthNotKept) {

	static final Duration GRACE = Duration.ofMinutes(5);

	/** The figures before issue 18 (nothing announced, nothing ended early). */
	public Punctuality(int held, int recorded, int startedLate, int cutShort, long minutesLost) {
		this(held, recorded, startedLate, cutShort, minutesLost, 0, startedLate, 0, 0);
	}

	static Punctuality of(List<SessionView> sessions) {
		int held = 0;
		int recorded = 0;
		int late = 0;
		int announced = 0;
		int shortened = 0;
		int early = 0;
		int notKept = 0;
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
			RunningLate said = s.runningLate();
			if (Duration.between(s.startsAt(), s.startedAt()).compareTo(GRACE) > 0) {
				late++;
				if (said != null && said.saidBefore(s.startedAt())) {
					announced++;
				}
			}
			boolean cut = planned.minus(actual).compareTo(GRACE) > 0;
			if (cut) {
				shortened++;
				if (said != null && said.fullLength()) {
					notKept++;
				}
			}
			if (Duration.between(s.endedAt(), s.endsAt()).compareTo(GRACE) > 0) {
				early++;
			}
			lost += Math.max(0, planned.minus(actual).toMinutes());
		}
		return new Punctuality(held, recorded, late, shortened, lost, announced, late - announced, early, notKept);
	}

}
