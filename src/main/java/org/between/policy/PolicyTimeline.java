package org.between.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A therapist's versions over time. The version in force at an instant is the one with
 * the latest {@code effectiveAt} at or before it; of two with the same
 * {@code effectiveAt}, the higher version (published later) wins, and the other never
 * takes effect ("replaced").
 * <p>
 * A version published for a day before an upcoming one does not cancel the upcoming one:
 * clients were told of it, and it still takes effect on its day as announced. So a change
 * in the client's favour published while another version is pending holds until the
 * pending version's day; to keep it beyond that day, the therapist publishes it for that
 * day as well (at once allowed when it is no worse than the pending version, which is
 * what clients were told to expect). Nothing a client was told changes without a new,
 * visible version.
 */
final class PolicyTimeline {

	static final Comparator<PolicyVersion> ORDER = Comparator.comparing(PolicyVersion::effectiveAt)
		.thenComparingInt(PolicyVersion::version);

	private final List<PolicyVersion> versions;

	PolicyTimeline(List<PolicyVersion> versions) {
		this.versions = List.copyOf(versions);
	}

	boolean isEmpty() {
		return this.versions.isEmpty();
	}

	Optional<PolicyVersion> at(Instant at) {
		return this.versions.stream().filter((v) -> !v.effectiveAt().isAfter(at)).max(ORDER);
	}

	Optional<PolicyVersion> version(int version) {
		return this.versions.stream().filter((v) -> v.version() == version).findFirst();
	}

	/** False for a version replaced before it took effect by one for the same moment. */
	boolean takesEffect(PolicyVersion version) {
		return this.versions.stream()
			.noneMatch((v) -> v.version() > version.version() && v.effectiveAt().equals(version.effectiveAt()));
	}

	/** Versions that will take effect after {@code now}, soonest first. */
	List<PolicyVersion> upcoming(Instant now) {
		return this.versions.stream()
			.filter((v) -> v.effectiveAt().isAfter(now) && takesEffect(v))
			.sorted(ORDER)
			.toList();
	}

	/**
	 * Every version that is neither in force nor upcoming (past ones and replaced ones),
	 * newest first.
	 */
	List<PolicyVersion> history(Instant now) {
		Optional<PolicyVersion> current = at(now);
		List<PolicyVersion> upcoming = upcoming(now);
		return this.versions.stream()
			.filter((v) -> current.map((c) -> c.version() != v.version()).orElse(true) && !upcoming.contains(v))
			.sorted(Comparator.comparingInt(PolicyVersion::version).reversed())
			.toList();
	}

	/**
	 * Versions published in {@code [from, to)}, and those taking effect in it or
	 * announced before {@code to} to take effect after it (replaced ones never take
	 * effect).
	 */
	List<PolicyEvent> events(Instant from, Instant to) {
		List<PolicyEvent> events = new ArrayList<>();
		for (PolicyVersion v : this.versions) {
			if (within(v.publishedAt(), from, to)) {
				events.add(new PolicyEvent(v.publishedAt(), PolicyEvent.Type.POLICY_PUBLISHED, v.version()));
			}
			boolean announcedAhead = v.publishedAt().isBefore(to) && !v.effectiveAt().isBefore(to);
			if (takesEffect(v) && (within(v.effectiveAt(), from, to) || announcedAhead)) {
				events.add(new PolicyEvent(v.effectiveAt(), PolicyEvent.Type.POLICY_TAKES_EFFECT, v.version()));
			}
		}
		return events;
	}

	/** Whether {@code at} lies in {@code [from, to)}. */
	static boolean within(Instant at, Instant from, Instant to) {
		return !at.isBefore(from) && at.isBefore(to);
	}

	int nextVersion() {
		return this.versions.stream().mapToInt(PolicyVersion::version).max().orElse(0) + 1;
	}

}
