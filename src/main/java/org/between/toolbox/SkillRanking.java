package org.between.toolbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which skills work for this person: each practised skill's mean reduction of distress
 * (before − after), shrunk toward the person's overall mean so that one lucky try does
 * not outrank a skill that helped many times:
 *
 * <pre>
 * estimatedReduction = (n · mean_skill + 3 · mean_all) / (n + 3)
 * </pre>
 *
 * {@code n} is the skill's number of practices and {@code mean_all} the mean over all the
 * person's practices — both counted only in the situation asked about, when one is.
 * Practised skills come first, best estimate first (ties: more practices, then name).
 * Skills never practised come after, by name, with {@code practices = 0},
 * {@code meanReduction = null} and {@code estimatedReduction = mean_all} — what we would
 * guess for any skill without knowing more — or 0 when there are no practices at all.
 * Pure: no database, no clock.
 */
public final class SkillRanking {

	/** How many practices' worth of weight the overall mean carries. */
	public static final int PRIOR_WEIGHT = 3;

	private SkillRanking() {
	}

	/** The shrunk estimate for a skill practised {@code n} times. */
	public static double estimate(int n, double meanSkill, double meanAll) {
		return (n * meanSkill + PRIOR_WEIGHT * meanAll) / (n + PRIOR_WEIGHT);
	}

	/** The mean reduction over the practices, 0 when there are none. */
	public static double meanAll(List<Practice> practices) {
		return practices.stream().mapToInt(Practice::reduction).average().orElse(0);
	}

	/**
	 * Ranks the candidates by the practices in the situation (null: all practices).
	 * Practices of skills that are not candidates (a removed skill) still count toward
	 * {@code mean_all}: they are part of what this person has learned about themselves.
	 */
	public static List<RankedSkill> rank(List<Candidate> candidates, List<Practice> allPractices, Situation situation) {
		List<Practice> practices = allPractices.stream()
			.filter((p) -> situation == null || situation == p.situation())
			.toList();
		double meanAll = meanAll(practices);
		Map<UUID, int[]> tally = new HashMap<>();
		for (Practice practice : practices) {
			int[] countAndSum = tally.computeIfAbsent(practice.skillId(), (id) -> new int[2]);
			countAndSum[0]++;
			countAndSum[1] += practice.reduction();
		}
		List<RankedSkill> practised = new ArrayList<>();
		List<RankedSkill> untried = new ArrayList<>();
		for (Candidate candidate : candidates) {
			int[] countAndSum = tally.get(candidate.id());
			if (countAndSum == null) {
				untried.add(new RankedSkill(candidate.id(), candidate.name(), 0, null, meanAll));
			}
			else {
				int n = countAndSum[0];
				double mean = (double) countAndSum[1] / n;
				practised.add(new RankedSkill(candidate.id(), candidate.name(), n, mean, estimate(n, mean, meanAll)));
			}
		}
		practised.sort(Comparator.comparingDouble(RankedSkill::estimatedReduction)
			.reversed()
			.thenComparing(Comparator.comparingInt(RankedSkill::practices).reversed())
			.thenComparing(RankedSkill::name, String.CASE_INSENSITIVE_ORDER));
		untried.sort(Comparator.comparing(RankedSkill::name, String.CASE_INSENSITIVE_ORDER));
		List<RankedSkill> ranked = new ArrayList<>(practised);
		ranked.addAll(untried);
		return List.copyOf(ranked);
	}

	/** A skill that may be ranked. */
	public record Candidate(UUID id, String name) {
	}

	/**
	 * One practice: the skill, how much distress went down (negative: up), and the
	 * situation it was practised in (null when not given).
	 */
	public record Practice(UUID skillId, int reduction, Situation situation) {
	}

}
