package org.between.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.between.shared.InputProblems;
import org.between.shared.RuleViolationException;

/**
 * The times a client may offer for a make-up session. Pure rules: no database, no clock
 * but the {@code now} given.
 * <ul>
 * <li>One to three times ({@link #MAX_OPTIONS}): enough for the therapist to find one
 * that fits, few enough that the client is not asked to keep a week free (400 otherwise,
 * it is the shape of the request).</li>
 * <li>Each still to come, and not further ahead than a session may be booked
 * ({@link Sessions#MAX_DAYS}): a time in the past cannot be offered (422).</li>
 * <li>No two of them overlapping: they would be one time offered twice (422).</li>
 * </ul>
 * Whether a time is free in the calendars is {@link MakeUpRequests}' part, since it needs
 * the store.
 */
final class MakeUpRules {

	static final int MAX_OPTIONS = 3;

	private MakeUpRules() {
	}

	/** The offered times as given, checked; throws on the first rule they break. */
	static List<Instant> options(List<Instant> options, Duration length, Instant now) {
		new InputProblems()
			.require(options != null && !options.isEmpty() && options.size() <= MAX_OPTIONS
					&& options.stream().allMatch(java.util.Objects::nonNull), "options", "makeUp.options.count")
			.throwIfAny();
		for (int i = 0; i < options.size(); i++) {
			Instant at = options.get(i);
			if (!at.isAfter(now)) {
				throw new RuleViolationException("options[" + i + "]", "makeUp.options.past");
			}
			if (at.isAfter(now.plus(Duration.ofDays(Sessions.MAX_DAYS)))) {
				throw new RuleViolationException("options[" + i + "]", "makeUp.options.tooFar", Map.of(),
						Sessions.MAX_DAYS);
			}
			for (int j = 0; j < i; j++) {
				if (overlap(options.get(j), at, length)) {
					throw new RuleViolationException("options[" + i + "]", "makeUp.options.twice");
				}
			}
		}
		return List.copyOf(options);
	}

	/** Whether two sessions of {@code length} starting at these times overlap. */
	static boolean overlap(Instant a, Instant b, Duration length) {
		return a.isBefore(b.plus(length)) && b.isBefore(a.plus(length));
	}

}
