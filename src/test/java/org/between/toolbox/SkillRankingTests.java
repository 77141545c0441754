package org.between.toolbox;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.between.toolbox.SkillRanking.Candidate;
import org.between.toolbox.SkillRanking.Practice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The ranking formula against values worked out by hand:
 * {@code estimate = (n·mean_skill + 3·mean_all) / (n + 3)}.
 */
class SkillRankingTests {

	static final UUID LUCKY = UUID.fromString("00000000-0000-0000-0000-00000000000a");

	static final UUID STEADY = UUID.fromString("00000000-0000-0000-0000-00000000000b");

	static final UUID RARELY_HELPS = UUID.fromString("00000000-0000-0000-0000-00000000000c");

	static final UUID UNTRIED = UUID.fromString("00000000-0000-0000-0000-00000000000d");

	static final List<Candidate> SKILLS = List.of(new Candidate(UNTRIED, "Untried"), new Candidate(LUCKY, "Lucky once"),
			new Candidate(STEADY, "Steady"), new Candidate(RARELY_HELPS, "Rarely helps"));

	@Test
	void theEstimateIsTheMeanShrunkTowardTheOverallMeanWithThreePracticesOfWeight() {
		// (1·8 + 3·2) / 4 = 14 / 4
		assertThat(SkillRanking.estimate(1, 8, 2)).isEqualTo(3.5);
		// (10·4 + 3·2) / 13 = 46 / 13
		assertThat(SkillRanking.estimate(10, 4, 2)).isCloseTo(3.538461, within(1e-6));
		// with no practices of its own a skill is estimated at the overall mean
		assertThat(SkillRanking.estimate(0, 0, 2.5)).isEqualTo(2.5);
	}

	@Test
	void manyModestPracticesOutrankOneLuckyTryWhenTheOverallMeanIsLow() {
		List<Practice> practices = new ArrayList<>();
		practices.add(new Practice(LUCKY, 8, null)); // one try, reduction 8
		repeat(practices, 10, new Practice(STEADY, 4, null)); // ten tries, reduction 4
		repeat(practices, 13, new Practice(RARELY_HELPS, 0, null)); // thirteen tries, 0
		// mean_all = (8 + 40 + 0) / 24 = 2

		List<RankedSkill> ranking = SkillRanking.rank(SKILLS, practices, null);

		assertThat(ranking).extracting(RankedSkill::skillId).containsExactly(STEADY, LUCKY, RARELY_HELPS, UNTRIED);
		assertThat(ranking.get(0).practices()).isEqualTo(10);
		assertThat(ranking.get(0).meanReduction()).isEqualTo(4.0);
		assertThat(ranking.get(0).estimatedReduction()).isCloseTo(46.0 / 13, within(1e-9)); // 3.538
		assertThat(ranking.get(1).practices()).isEqualTo(1);
		assertThat(ranking.get(1).meanReduction()).isEqualTo(8.0);
		assertThat(ranking.get(1).estimatedReduction()).isEqualTo(3.5); // (8 + 6) / 4
		assertThat(ranking.get(2).estimatedReduction()).isEqualTo(0.375); // (0 + 6) / 16
	}

	@Test
	void theLuckyTryWinsOnlyWhenTheOverallMeanIsHighAlready() {
		List<Practice> practices = new ArrayList<>();
		practices.add(new Practice(LUCKY, 8, null));
		repeat(practices, 10, new Practice(STEADY, 4, null));
		repeat(practices, 5, new Practice(RARELY_HELPS, 8, null));
		// mean_all = (8 + 40 + 40) / 16 = 5.5
		List<RankedSkill> ranking = SkillRanking.rank(SKILLS, practices, null);

		// (5·8 + 16.5) / 8 = 7.0625; (8 + 16.5) / 4 = 6.125; (40 + 16.5) / 13 = 4.346
		assertThat(ranking).extracting(RankedSkill::skillId).startsWith(RARELY_HELPS, LUCKY, STEADY);
		assertThat(ranking.get(0).estimatedReduction()).isEqualTo(7.0625);
		assertThat(ranking.get(1).estimatedReduction()).isEqualTo(6.125);
		assertThat(ranking.get(2).estimatedReduction()).isCloseTo(56.5 / 13, within(1e-9));
	}

	@Test
	void aSituationCountsOnlyItsOwnPracticesForTheSkillAndForTheOverallMean() {
		List<Practice> practices = List.of(new Practice(LUCKY, 6, Situation.ANXIETY),
				new Practice(LUCKY, 2, Situation.ANXIETY), new Practice(STEADY, 1, Situation.ANXIETY),
				new Practice(STEADY, 9, Situation.LOW_MOOD), new Practice(STEADY, 9, null));

		List<RankedSkill> anxiety = SkillRanking.rank(SKILLS, practices, Situation.ANXIETY);
		// mean_all = (6 + 2 + 1) / 3 = 3
		// Lucky: n 2, mean 4 → (8 + 9) / 5 = 3.4; Steady: n 1, mean 1 → (1 + 9) / 4 = 2.5
		assertThat(anxiety).extracting(RankedSkill::skillId).containsExactly(LUCKY, STEADY, RARELY_HELPS, UNTRIED);
		assertThat(anxiety.get(0).practices()).isEqualTo(2);
		assertThat(anxiety.get(0).estimatedReduction()).isCloseTo(3.4, within(1e-9));
		assertThat(anxiety.get(1).practices()).isEqualTo(1);
		assertThat(anxiety.get(1).estimatedReduction()).isEqualTo(2.5);

		List<RankedSkill> all = SkillRanking.rank(SKILLS, practices, null);
		// mean_all = 27 / 5 = 5.4; Steady: n 3, mean 19/3 → (19 + 16.2) / 6 = 5.8667;
		// Lucky: n 2, mean 4 → (8 + 16.2) / 5 = 4.84
		assertThat(all).extracting(RankedSkill::skillId).startsWith(STEADY, LUCKY);
		assertThat(all.get(0).estimatedReduction()).isCloseTo(35.2 / 6, within(1e-9));
		assertThat(all.get(1).estimatedReduction()).isCloseTo(4.84, within(1e-9));
	}

	@Test
	void skillsNeverPractisedThereComeAfterByNameWithTheOverallMeanAsTheirEstimate() {
		List<Practice> practices = List.of(new Practice(STEADY, -2, Situation.ANGER),
				new Practice(LUCKY, 5, Situation.SLEEP));

		List<RankedSkill> anger = SkillRanking.rank(SKILLS, practices, Situation.ANGER);
		// mean_all = -2; Steady: (-2 - 6) / 4 = -2; the untried ones still come after it
		assertThat(anger).extracting(RankedSkill::skillId).containsExactly(STEADY, LUCKY, RARELY_HELPS, UNTRIED);
		assertThat(anger.get(0).estimatedReduction()).isEqualTo(-2.0);
		assertThat(anger.subList(1, 4)).allSatisfy((r) -> {
			assertThat(r.practices()).isZero();
			assertThat(r.meanReduction()).isNull();
			assertThat(r.estimatedReduction()).isEqualTo(-2.0);
		});
		// by name: Lucky once, Rarely helps, Untried
		assertThat(anger.subList(1, 4)).extracting(RankedSkill::name)
			.containsExactly("Lucky once", "Rarely helps", "Untried");
	}

	@Test
	void withoutAnyPracticeEverySkillIsUntriedWithEstimateZero() {
		List<RankedSkill> ranking = SkillRanking.rank(SKILLS, List.of(), null);
		assertThat(ranking).hasSize(4).allSatisfy((r) -> {
			assertThat(r.practices()).isZero();
			assertThat(r.estimatedReduction()).isZero();
		});
	}

	@Test
	void practicesOfARemovedSkillStillCountTowardTheOverallMean() {
		UUID removed = UUID.randomUUID();
		List<Practice> practices = List.of(new Practice(removed, 10, null), new Practice(STEADY, 2, null));
		// mean_all = 6; Steady: (2 + 18) / 4 = 5
		List<RankedSkill> ranking = SkillRanking.rank(SKILLS, practices, null);
		assertThat(ranking).extracting(RankedSkill::skillId).doesNotContain(removed);
		assertThat(ranking.get(0).estimatedReduction()).isEqualTo(5.0);
	}

	@Test
	void equalEstimatesPutTheSkillWithMorePracticesFirst() {
		List<Practice> practices = new ArrayList<>();
		repeat(practices, 2, new Practice(LUCKY, 3, null));
		repeat(practices, 4, new Practice(STEADY, 3, null));
		List<RankedSkill> ranking = SkillRanking.rank(SKILLS, practices, null);
		assertThat(ranking).extracting(RankedSkill::skillId).startsWith(STEADY, LUCKY);
	}

	private static void repeat(List<Practice> into, int times, Practice practice) {
		for (int i = 0; i < times; i++) {
			into.add(practice);
		}
	}

}
