package org.between.policy;

import java.time.Instant;
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

	List<PolicyVersion> all() {
		return this.versions;
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

	int nextVersion() {
		return this.versions.stream().mapToInt(PolicyVersion::version).max().orElse(0) + 1;
	}

}
