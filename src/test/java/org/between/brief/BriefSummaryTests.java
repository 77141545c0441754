package org.between.brief;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.between.brief.BriefSummary.CheckinDigest;
import org.between.brief.BriefSummary.RiskFlag;
import org.between.brief.BriefSummary.Scale;
import org.between.brief.BriefSummary.SkillLine;
import org.between.brief.BriefSummary.Trend;
import org.between.brief.BriefSummary.UrgePeak;
import org.between.checkin.CheckinSummary;
import org.between.checkin.Urge;
import org.between.measures.Measures.ResponseView;
import org.between.measures.ReliableChange;
import org.between.measures.Severity;
import org.between.toolbox.Practice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The brief's arithmetic against values worked out by hand. */
class BriefSummaryTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

	@Test
	void noCheckinsGiveNoNumbersAndNoTrend() {
		CheckinDigest digest = BriefSummary.checkins(List.of(), BERLIN);
		assertThat(digest.count()).isZero();
		assertThat(digest.daysWithCheckin()).isZero();
		assertThat(digest.mood()).isNull();
		assertThat(digest.distress()).isNull();
		assertThat(digest.highestUrges()).isEmpty();
	}

	@Test
	void distressThatFallsReadsAsDownWithTheMeansOfBothHalves() {
		// distress 8 6 | 5 | 4 3: first half (8+6)/2 = 7.0, second half (4+3)/2 = 3.5,
		// the middle one belongs to neither; mean 26/5 = 5.2
		List<CheckinSummary> checkins = days(new int[] { 3, 3, 4, 3, 4 }, new int[] { 8, 6, 5, 4, 3 });
		Scale distress = BriefSummary.checkins(checkins, BERLIN).distress();
		assertThat(distress).isEqualTo(new Scale(8, 3, 5.2, 3, 8, 7.0, 3.5, Trend.DOWN));
	}

	@Test
	void aDifferenceOfHalfAPointCountsAsAChange() {
		// mood 3 3 | 4 | 3 4: (3+3)/2 = 3.0 and (3+4)/2 = 3.5; mean 17/5 = 3.4
		List<CheckinSummary> checkins = days(new int[] { 3, 3, 4, 3, 4 }, new int[] { 8, 6, 5, 4, 3 });
		Scale mood = BriefSummary.checkins(checkins, BERLIN).mood();
		assertThat(mood).isEqualTo(new Scale(3, 4, 3.4, 3, 4, 3.0, 3.5, Trend.UP));
	}

	@Test
	void lessThanHalfAPointIsAboutTheSameAndMeansAreRoundedToOneDecimal() {
		// mood 4 5 5 | 4 4 5: 14/3 = 4.667 → 4.7, 13/3 = 4.333 → 4.3, difference 0.33
		// < 0.5; mean 27/6 = 4.5
		List<CheckinSummary> checkins = days(new int[] { 4, 5, 5, 4, 4, 5 }, new int[] { 5, 5, 5, 5, 5, 5 });
		Scale mood = BriefSummary.checkins(checkins, BERLIN).mood();
		assertThat(mood).isEqualTo(new Scale(4, 5, 4.5, 4, 5, 4.7, 4.3, Trend.STEADY));
	}

	@Test
	void oneCheckinHasNumbersButNoTrend() {
		Scale distress = BriefSummary.checkins(days(new int[] { 6 }, new int[] { 7 }), BERLIN).distress();
		assertThat(distress).isEqualTo(new Scale(7, 7, 7.0, 7, 7, null, null, null));
	}

	@Test
	void twoCheckinsCompareTheTwo() {
		Scale distress = BriefSummary.checkins(days(new int[] { 5, 5 }, new int[] { 6, 4 }), BERLIN).distress();
		assertThat(distress.trend()).isEqualTo(Trend.DOWN);
		assertThat(distress.firstHalfMean()).isEqualTo(6.0);
		assertThat(distress.secondHalfMean()).isEqualTo(4.0);
	}

	@Test
	void daysAreCountedInTheReadersTimeZone() {
		// 22:30 and 23:30 UTC on 2 November are 23:30 on the 2nd and 00:30 on the 3rd
		// in Berlin (UTC+1): two days there, one day in UTC.
		List<CheckinSummary> checkins = List.of(checkin(Instant.parse("2026-11-02T22:30:00Z"), 5, 5, Map.of(), false),
				checkin(Instant.parse("2026-11-02T23:30:00Z"), 5, 5, Map.of(), false));
		assertThat(BriefSummary.checkins(checkins, BERLIN).daysWithCheckin()).isEqualTo(2);
		assertThat(BriefSummary.checkins(checkins, ZoneId.of("UTC")).daysWithCheckin()).isEqualTo(1);
		assertThat(BriefSummary.checkins(checkins, BERLIN).count()).isEqualTo(2);
	}

	@Test
	void theHighestUrgeOfEachKindWithTheLatestCheckinThatReachedIt() {
		Instant t1 = T0;
		Instant t2 = T0.plusSeconds(86_400);
		Instant t3 = T0.plusSeconds(2 * 86_400);
		List<CheckinSummary> checkins = List.of(
				checkin(t1, 5, 5, Map.of(Urge.SELF_HARM, 2, Urge.CONTACT_THERAPIST, 4), false),
				checkin(t2, 5, 5, Map.of(Urge.SELF_HARM, 3), true), checkin(t3, 5, 5, Map.of(Urge.SELF_HARM, 3), true));
		List<UrgePeak> peaks = BriefSummary.checkins(checkins, BERLIN).highestUrges();
		assertThat(peaks).containsExactly(new UrgePeak(Urge.SELF_HARM, 3, t3, LocalDate.of(2026, 11, 4)),
				new UrgePeak(Urge.CONTACT_THERAPIST, 4, t1, LocalDate.of(2026, 11, 2)));
	}

	@Test
	void riskFlagsComeFromFlaggedCheckinsAndPhq9ItemNineNewestFirst() {
		Instant t1 = T0;
		Instant t2 = T0.plusSeconds(86_400);
		Instant t3 = T0.plusSeconds(2 * 86_400);
		Instant t4 = T0.plusSeconds(3 * 86_400);
		List<CheckinSummary> checkins = List.of(checkin(t1, 5, 5, Map.of(Urge.SELF_HARM, 2), false),
				checkin(t2, 3, 8, Map.of(Urge.SUICIDAL_THOUGHTS, 2, Urge.SELF_HARM, 3), true));
		List<ResponseView> responses = List.of(response("PHQ9", List.of(1, 1, 1, 1, 1, 1, 1, 1, 1), t4),
				response("PHQ9", List.of(1, 1, 1, 1, 1, 1, 1, 1, 0), t3),
				response("GAD7", List.of(3, 3, 3, 3, 3, 3, 3), t3));
		List<RiskFlag> flags = BriefSummary.riskFlags(checkins, responses, BERLIN);
		assertThat(flags).containsExactly(
				new RiskFlag(t4, LocalDate.of(2026, 11, 5), RiskFlag.Source.PHQ9_ITEM_9, null, null, List.of(), 1),
				new RiskFlag(t2, LocalDate.of(2026, 11, 3), RiskFlag.Source.CHECKIN, 2, 3, List.of(), null));
	}

	@Test
	void skillsAreRankedOverThePracticesSinceTheLastSession() {
		UUID breathing = UUID.randomUUID();
		UUID walk = UUID.randomUUID();
		// breathing: 8→4 and 6→4 (drops 4 and 2), walk: 5→5 (drop 0); overall mean 2.
		// breathing (2·3 + 3·2) / 5 = 2.4; walk (1·0 + 3·2) / 4 = 1.5
		List<Practice> practices = List.of(practice(walk, "Walk", 5, 5, T0),
				practice(breathing, "Breathing", 8, 4, T0.plusSeconds(60)),
				practice(breathing, "Breathing", 6, 4, T0.plusSeconds(120)));
		List<SkillLine> lines = BriefSummary.skills(practices);
		assertThat(lines).containsExactly(
				new SkillLine(breathing, "Breathing", 2, 7.0, 4.0, 3.0, 2.4, T0.plusSeconds(120)),
				new SkillLine(walk, "Walk", 1, 5.0, 5.0, 0.0, 1.5, T0));
	}

	@Test
	void noPracticesNoSkills() {
		assertThat(BriefSummary.skills(List.of())).isEmpty();
	}

	@Test
	void roundingIsHalfUpToOneDecimal() {
		assertThat(BriefSummary.round(6.25)).isEqualTo(6.3);
		assertThat(BriefSummary.round(4.349)).isEqualTo(4.3);
		assertThat(BriefSummary.round(14.0 / 3)).isEqualTo(4.7);
	}

	/** One check-in a day at 08:00 UTC from {@link #T0}. */
	static List<CheckinSummary> days(int[] moods, int[] distress) {
		List<CheckinSummary> list = new ArrayList<>();
		for (int i = 0; i < moods.length; i++) {
			list.add(checkin(T0.plusSeconds(i * 86_400L), moods[i], distress[i], Map.of(), false));
		}
		return list;
	}

	static CheckinSummary checkin(Instant at, int mood, int distress, Map<Urge, Integer> urges, boolean flagged) {
		Map<Urge, Integer> all = new EnumMap<>(Urge.class);
		for (Urge urge : Urge.values()) {
			all.put(urge, urges.getOrDefault(urge, 0));
		}
		return new CheckinSummary(UUID.randomUUID(), at, mood, distress, List.of(), all, null, List.of(), flagged);
	}

	static ResponseView response(String code, List<Integer> answers, Instant at) {
		int score = answers.stream().mapToInt(Integer::intValue).sum();
		return new ResponseView(UUID.randomUUID(), code, answers, score, Severity.MILD, at, null, ReliableChange.NONE);
	}

	static Practice practice(UUID skill, String name, int before, int after, Instant at) {
		return new Practice(UUID.randomUUID(), skill, name, before, after, before - after, null, null, "private", at);
	}

}
