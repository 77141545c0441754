package org.between.brief;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToIntFunction;

import org.between.checkin.CheckinSummary;
import org.between.checkin.Urge;
import org.between.measures.Instrument;
import org.between.measures.Measures.ResponseView;
import org.between.toolbox.Practice;
import org.between.toolbox.RankedSkill;
import org.between.toolbox.SkillRanking;
import org.between.toolbox.SkillRanking.Candidate;

/**
 * The arithmetic of the brief, so that a therapist can read the time since the last
 * session in under a minute. Pure: no database, no clock; dates are calendar days in the
 * reader's time zone.
 * <p>
 * Trend: the check-ins are split into a first and a second half (with an odd count the
 * middle one belongs to neither) and the two means are compared. A difference smaller
 * than {@link #STEADY_WITHIN} points on the 0–10 scale reads as "stayed about the same";
 * with fewer than two check-ins there is no trend. Means are rounded to one decimal (half
 * up) for reading; the trend is decided on the unrounded means.
 */
public final class BriefSummary {

	/** Half-means closer than this (0–10 scale) are "about the same". */
	public static final double STEADY_WITHIN = 0.5;

	private BriefSummary() {
	}

	/**
	 * The check-ins (oldest first) in a few numbers; {@code mood}/{@code distress} null
	 * when none.
	 */
	public static CheckinDigest checkins(List<CheckinSummary> oldestFirst, ZoneId zone) {
		Set<LocalDate> days = new HashSet<>();
		oldestFirst.forEach((c) -> days.add(date(c.at(), zone)));
		return new CheckinDigest(oldestFirst.size(), days.size(), scale(oldestFirst, CheckinSummary::mood),
				scale(oldestFirst, CheckinSummary::distress), highestUrges(oldestFirst, zone));
	}

	/** One 0–10 scale over the check-ins (oldest first); null when there are none. */
	static Scale scale(List<CheckinSummary> oldestFirst, ToIntFunction<CheckinSummary> value) {
		int n = oldestFirst.size();
		if (n == 0) {
			return null;
		}
		int[] values = oldestFirst.stream().mapToInt(value).toArray();
		int min = Integer.MAX_VALUE;
		int max = Integer.MIN_VALUE;
		long sum = 0;
		for (int v : values) {
			min = Math.min(min, v);
			max = Math.max(max, v);
			sum += v;
		}
		Double firstHalf = null;
		Double secondHalf = null;
		Trend trend = null;
		if (n >= 2) {
			int half = n / 2;
			double first = mean(values, 0, half);
			double second = mean(values, n - half, n);
			firstHalf = round(first);
			secondHalf = round(second);
			trend = (Math.abs(second - first) < STEADY_WITHIN) ? Trend.STEADY
					: (second > first) ? Trend.UP : Trend.DOWN;
		}
		return new Scale(values[0], values[n - 1], round((double) sum / n), min, max, firstHalf, secondHalf, trend);
	}

	/**
	 * The strongest rating of each urge that was above 0, in the order of {@link Urge}
	 * (the two the safety rules watch first), with the latest check-in that reached it.
	 */
	static List<UrgePeak> highestUrges(List<CheckinSummary> oldestFirst, ZoneId zone) {
		Map<Urge, UrgePeak> peaks = new LinkedHashMap<>();
		for (Urge urge : Urge.values()) {
			for (CheckinSummary c : oldestFirst) {
				int rating = c.urges().getOrDefault(urge, 0);
				UrgePeak peak = peaks.get(urge);
				if (rating > 0 && (peak == null || rating >= peak.rating())) {
					peaks.put(urge, new UrgePeak(urge, rating, c.at(), date(c.at(), zone)));
				}
			}
		}
		return List.copyOf(peaks.values());
	}

	/**
	 * Every check-in the safety rules flagged (suicidal thoughts or a self-harm urge at
	 * or above its threshold, or an act on either, decided when it was recorded) and
	 * every PHQ-9 whose item 9 was above 0, newest first.
	 */
	public static List<RiskFlag> riskFlags(List<CheckinSummary> checkins, List<ResponseView> responses, ZoneId zone) {
		List<RiskFlag> flags = new ArrayList<>();
		for (CheckinSummary c : checkins) {
			if (c.riskFlagged()) {
				flags.add(new RiskFlag(c.at(), date(c.at(), zone), RiskFlag.Source.CHECKIN,
						c.urges().getOrDefault(Urge.SUICIDAL_THOUGHTS, 0), c.urges().getOrDefault(Urge.SELF_HARM, 0),
						c.riskActs(), null));
			}
		}
		for (ResponseView r : responses) {
			int item9 = phq9Item9(r);
			if (item9 > 0) {
				flags.add(new RiskFlag(r.answeredAt(), date(r.answeredAt(), zone), RiskFlag.Source.PHQ9_ITEM_9, null,
						null, List.of(), item9));
			}
		}
		flags.sort(Comparator.comparing(RiskFlag::at).reversed());
		return List.copyOf(flags);
	}

	private static int phq9Item9(ResponseView r) {
		if (!Instrument.PHQ9.name().equals(r.code()) || r.answers() == null || r.answers().size() < 9) {
			return 0;
		}
		Integer answer = r.answers().get(8);
		return (answer != null) ? answer : 0;
	}

	/**
	 * The skills practised in the window, ranked as the toolbox ranks them
	 * ({@link SkillRanking}) but over these practices only; {@code meanDrop} is the mean
	 * of before − after (negative when distress went up). Practice notes are the client's
	 * own and are never read here.
	 */
	public static List<SkillLine> skills(List<Practice> practices) {
		Map<UUID, String> names = new LinkedHashMap<>();
		Map<UUID, int[]> tally = new HashMap<>();
		Map<UUID, Instant> last = new HashMap<>();
		for (Practice p : practices) {
			names.putIfAbsent(p.skillId(), (p.skillName() != null) ? p.skillName() : "");
			int[] t = tally.computeIfAbsent(p.skillId(), (id) -> new int[3]);
			t[0]++;
			t[1] += p.distressBefore();
			t[2] += p.distressAfter();
			last.merge(p.skillId(), p.practisedAt(), (a, b) -> a.isAfter(b) ? a : b);
		}
		List<Candidate> candidates = names.entrySet()
			.stream()
			.map((e) -> new Candidate(e.getKey(), e.getValue()))
			.toList();
		List<SkillRanking.Practice> ranked = practices.stream()
			.map((p) -> new SkillRanking.Practice(p.skillId(), p.reduction(), p.situation()))
			.toList();
		List<SkillLine> lines = new ArrayList<>();
		for (RankedSkill r : SkillRanking.rank(candidates, ranked, null)) {
			int[] t = tally.get(r.skillId());
			int n = t[0];
			lines.add(new SkillLine(r.skillId(), r.name(), n, round((double) t[1] / n), round((double) t[2] / n),
					round((double) (t[1] - t[2]) / n), round(r.estimatedReduction()), last.get(r.skillId())));
		}
		return List.copyOf(lines);
	}

	static LocalDate date(Instant at, ZoneId zone) {
		return at.atZone(zone).toLocalDate();
	}

	private static double mean(int[] values, int from, int to) {
		long sum = 0;
		for (int i = from; i < to; i++) {
			sum += values[i];
		}
		return (double) sum / (to - from);
	}

	/** One decimal, half up: 6.25 → 6.3, 4.349 → 4.3. */
	static double round(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
	}

	/** Which way a scale moved from the first half of the check-ins to the second. */
	public enum Trend {

		UP, DOWN, STEADY

	}

	/**
	 * The check-ins in numbers: how many, on how many days, mood and distress, the
	 * strongest urges.
	 */
	public record CheckinDigest(int count, int daysWithCheckin, Scale mood, Scale distress,
			List<UrgePeak> highestUrges) {

		/**
		 * The digest without the peaks of suicidal thoughts and self-harm: those belong
		 * to the risk flags, which the client may not share.
		 */
		CheckinDigest withoutRiskUrges() {
			return new CheckinDigest(this.count, this.daysWithCheckin, this.mood, this.distress,
					this.highestUrges.stream().filter((peak) -> !peak.urge().isRisk()).toList());
		}

	}

	/**
	 * A 0–10 scale over the check-ins: first and last value, mean, range, the means of
	 * the first and second half and the trend between them (null with fewer than two).
	 */
	public record Scale(int first, int last, double mean, int min, int max, Double firstHalfMean, Double secondHalfMean,
			Trend trend) {
	}

	/**
	 * The strongest rating (1–5) of one urge, and the latest check-in that reached it.
	 */
	public record UrgePeak(Urge urge, int rating, Instant at, LocalDate date) {
	}

	/**
	 * A moment the safety rules reacted to: a flagged check-in (with both watched urges'
	 * ratings, 0–5, and the risk urges the client said they acted on, {@code actedOn}) or
	 * a PHQ-9 with item 9 above 0 (its answer, 1–3).
	 */
	public record RiskFlag(Instant at, LocalDate date, Source source, Integer suicidalThoughts, Integer selfHarm,
			List<Urge> actedOn, Integer phq9Item9) {

		public enum Source {

			CHECKIN, PHQ9_ITEM_9

		}

	}

	/** A skill practised since the last session and how it worked. */
	public record SkillLine(UUID skillId, String name, int practices, double meanDistressBefore,
			double meanDistressAfter, double meanDrop, double estimatedDrop, Instant lastPractisedAt) {
	}

}
