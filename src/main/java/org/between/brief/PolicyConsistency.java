package org.between.brief;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.between.accounts.CurrentUser;
import org.between.policy.Policies;
import org.between.policy.PolicyOverview;
import org.between.policy.PolicyVersion;
import org.springframework.stereotype.Component;

/**
 * The policy part of the consistency record: the changes to the practice policy published
 * in the period (every version after the first) and the notice each gave, from its
 * publication to the moment it took effect, in whole days.
 */
@Component
class PolicyConsistency implements ConsistencyPart {

	private final Policies policies;

	private final ConsistencyWords words;

	PolicyConsistency(Policies policies, ConsistencyWords words) {
		this.policies = policies;
		this.words = words;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Section section(CurrentUser therapist, Instant from, Instant to) {
		PolicyOverview overview = this.policies.overview(therapist);
		List<Long> notice = Stream
			.of(overview.history().stream(), Stream.ofNullable(overview.current()), overview.upcoming().stream())
			.flatMap((s) -> s)
			.distinct()
			.filter((v) -> v.version() > 1)
			.filter((v) -> !v.publishedAt().isBefore(from) && v.publishedAt().isBefore(to))
			.map((PolicyVersion v) -> Math.max(0, Duration.between(v.publishedAt(), v.effectiveAt()).toDays()))
			.toList();
		long shortest = notice.stream().mapToLong(Long::longValue).min().orElse(0);
		List<Figure> figures = List.of(this.words.figure("consistency.policy.changes", notice.size()),
				this.words.figure("consistency.policy.shortestNotice", shortest),
				this.words.figure("consistency.policy.medianNotice", ConsistencyWords.median(notice)));
		return new Section("consistency.policy.title", this.words.msg("consistency.policy.title"), figures,
				this.words.msg("consistency.policy.sentence", notice.size(), shortest, this.policies.noticeDays()));
	}

}
