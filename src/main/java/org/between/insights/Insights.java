package org.between.insights;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.between.absences.Absence;
import org.between.absences.Absences;
import org.between.accounts.AuditLog;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.accounts.Sharing;
import org.between.accounts.SharingChoice.Category;
import org.between.checkin.CheckinSummary;
import org.between.checkin.Checkins;
import org.between.checkin.FirstTurn;
import org.between.checkin.TurnedTo;
import org.between.sessions.Sessions;
import org.between.shared.InvalidInputException;
import org.between.toolbox.RankedSkill;
import org.between.toolbox.Toolbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-reliance over time, from what the client already recorded (insights owns no
 * primary data): whom or what they turned to first, month by month; how concentrated
 * their support is on one person; which skills work; how distress moves between sessions
 * and during the therapist's time away. Shown to the therapist only while the client
 * shares it.
 */
@Service
public class Insights {

	/** Without dates, the last six calendar months, this one included. */
	static final int DEFAULT_MONTHS = 6;

	/** The longest span one request may cover. */
	static final int MAX_DAYS = 3 * 366;

	static final int SKILLS_THAT_WORK = 3;

	/**
	 * Days since the last session are counted one by one up to this; later days are one
	 * group.
	 */
	static final int DAYS_COUNTED = 14;

	/** The in-between view looks at this many days back. */
	static final int IN_BETWEEN_DAYS = 365;

	private final Checkins checkins;

	private final Toolbox toolbox;

	private final AuditLog audit;

	private final Sharing sharing;

	private final Sessions sessions;

	private final Absences absences;

	private final Clock clock;

	Insights(Checkins checkins, Toolbox toolbox, AuditLog audit, Sharing sharing, Sessions sessions, Absences absences,
			Clock clock) {
		this.checkins = checkins;
		this.sessions = sessions;
		this.absences = absences;
		this.toolbox = toolbox;
		this.audit = audit;
		this.sharing = sharing;
		this.clock = clock;
	}

	/** The client's own view; dates are days in their time zone, both inclusive. */
	@Transactional(readOnly = true)
	public SelfReliance selfReliance(CurrentUser client, LocalDate from, LocalDate to) {
		client.requireClient();
		return compute(client.zone(), from, to, (start, end) -> this.checkins.firstTurns(client, start, end),
				() -> this.toolbox.ranking(client, (String) null));
	}

	/**
	 * The therapist's view of a linked client who shares insights; each read is logged.
	 */
	@Transactional
	public SelfReliance selfRelianceOf(CurrentUser therapist, UUID clientId, LocalDate from, LocalDate to) {
		LinkedClient client = this.sharing.requireShared(therapist, clientId, Category.INSIGHTS);
		this.audit.record(therapist.id(), InsightsAudit.INSIGHTS_READ, clientId, "INSIGHTS", clientId.toString());
		return compute(therapist.zone(), from, to, (start, end) -> this.checkins.firstTurns(client, start, end),
				() -> this.toolbox.ranking(client, null));
	}

	/**
	 * Mean distress by calendar days (in the client's zone) since the last held session,
	 * over the last year: day 0 is the session day, days from {@value #DAYS_COUNTED} on
	 * are one group. The same check-ins split in two: {@code duringAbsences}, the mean of
	 * those at an instant inside the therapist's time away ({@code [startsAt, endsAt)},
	 * its days in the therapist's zone, withdrawn absences not counted), and
	 * {@code otherwise}, the mean of the others; each null without a check-in of its
	 * kind.
	 */
	@Transactional(readOnly = true)
	public InBetween inBetween(CurrentUser client) {
		client.requireClient();
		List<Instant> held = this.sessions.heldStarts(client);
		if (held.isEmpty()) {
			return InBetween.notYet();
		}
		List<Absence> away = this.absences.forClient(client);
		Instant now = this.clock.instant();
		Instant from = now.minus(java.time.Duration.ofDays(IN_BETWEEN_DAYS));
		Map<Integer, Mean> byDay = new TreeMap<>();
		Mean during = new Mean();
		Mean otherwise = new Mean();
		int s = 0;
		for (CheckinSummary checkin : this.checkins.between(client, from, now)) {
			while (s + 1 < held.size() && !held.get(s + 1).isAfter(checkin.at())) {
				s++;
			}
			if (held.get(s).isAfter(checkin.at())) {
				continue; // before the first session
			}
			long days = java.time.temporal.ChronoUnit.DAYS.between(held.get(s).atZone(client.zone()).toLocalDate(),
					checkin.at().atZone(client.zone()).toLocalDate());
			byDay.computeIfAbsent((int) Math.min(days, DAYS_COUNTED), (d) -> new Mean()).add(checkin.distress());
			(away.stream().anyMatch((a) -> a.covers(checkin.at())) ? during : otherwise).add(checkin.distress());
		}
		List<DayMean> means = new ArrayList<>();
		byDay.forEach((day, mean) -> means.add(new DayMean(day, mean.value(), mean.count)));
		return new InBetween(true, null, means, during.value(), otherwise.value());
	}

	/** A running mean of 0–10 values. */
	private static final class Mean {

		private long sum;

		private int count;

		void add(int value) {
			this.sum += value;
			this.count++;
		}

		/** The mean, or null without values. */
		Double value() {
			return (this.count > 0) ? (double) this.sum / this.count : null;
		}

	}

	/**
	 * Whether the client shares insights with their therapist: the insights category of
	 * "What my therapist sees" ({@link Sharing}), the one place the choice is kept.
	 */
	@Transactional(readOnly = true)
	public boolean isShared(CurrentUser client) {
		return this.sharing.mine(client).insights();
	}

	/**
	 * The insights page's switch: changes the insights category of the client's sharing
	 * choice, the others kept; audited there. 409 without a therapist.
	 */
	@Transactional
	public boolean share(CurrentUser client, boolean shared) {
		return this.sharing.change(client, Category.INSIGHTS, shared).insights();
	}

	/**
	 * The view over the days {@code from}–{@code to} in {@code zone}, from the first
	 * turns in a span and the client's ranking, read as the caller may (the client's own,
	 * or a checked link's).
	 */
	private SelfReliance compute(ZoneId zone, LocalDate from, LocalDate to,
			BiFunction<Instant, Instant, List<FirstTurn>> firstTurns, Supplier<List<RankedSkill>> ranking) {
		LocalDate last = (to != null) ? to : LocalDate.now(this.clock.withZone(zone));
		LocalDate first = (from != null) ? from : YearMonth.from(last).minusMonths(DEFAULT_MONTHS - 1).atDay(1);
		if (first.isAfter(last)) {
			throw new InvalidInputException("from", "insights.range.order");
		}
		if (first.plusDays(MAX_DAYS).isBefore(last)) {
			throw new InvalidInputException("from", "insights.range.tooLong");
		}
		Instant start = first.atStartOfDay(zone).toInstant();
		Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
		List<FirstTurn> turns = firstTurns.apply(start, end);

		Map<TurnedTo, Long> total = new EnumMap<>(TurnedTo.class);
		Map<YearMonth, Map<TurnedTo, Long>> months = new TreeMap<>();
		for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
			months.put(m, new EnumMap<>(TurnedTo.class));
		}
		for (FirstTurn turn : turns) {
			total.merge(turn.turnedTo(), 1L, Long::sum);
			months.get(YearMonth.from(turn.at().atZone(zone))).merge(turn.turnedTo(), 1L, Long::sum);
		}
		List<MonthCounts> byMonth = new ArrayList<>();
		months.forEach((month, counts) -> byMonth.add(new MonthCounts(month.toString(), counts)));
		SupportSpread spread = SupportSpread.of(total);
		List<SkillThatWorks> skills = ranking.get()
			.stream()
			.filter(RankedSkill::practised)
			.filter((r) -> r.estimatedReduction() > 0)
			.limit(SKILLS_THAT_WORK)
			.map((r) -> new SkillThatWorks(r.skillId(), r.name(), r.practices(), r.meanReduction(),
					r.estimatedReduction()))
			.toList();
		return new SelfReliance(first, last, total, byMonth, spread.concentration(), spread.mostOften(),
				spread.mostOftenShare(), spread.turnsToPeople(), spread.oneCarriesMost(), skills);
	}

	/**
	 * API.md "insights": {@code firstTurnedTo} counts over the span, {@code byMonth} per
	 * calendar month, {@code concentration} the Herfindahl index (0–1) of first turns to
	 * people, null when there were none; {@code oneCarriesMost} when one kind of person
	 * took more than half of at least five turns.
	 */
	public record SelfReliance(LocalDate from, LocalDate to, Map<TurnedTo, Long> firstTurnedTo,
			List<MonthCounts> byMonth, Double concentration, TurnedTo mostOften, Double mostOftenShare,
			long turnsToPeople, boolean oneCarriesMost, List<SkillThatWorks> skillsThatWork) {
	}

	public record MonthCounts(String month, Map<TurnedTo, Long> counts) {
	}

	public record SkillThatWorks(UUID skillId, String name, int practices, Double meanReduction,
			double estimatedReduction) {
	}

	/**
	 * Mean distress by days since the last held session, once sessions exist; the last
	 * group ({@value #DAYS_COUNTED}) holds every later day. {@code duringAbsences} is the
	 * mean distress of the same check-ins inside the therapist's time away (null until
	 * there is an absence with at least one), {@code otherwise} of the others.
	 */
	public record InBetween(boolean available, String reason, List<DayMean> byDaysSinceSession, Double duringAbsences,
			Double otherwise) {

		static InBetween notYet() {
			return new InBetween(false, "NO_SESSIONS", List.of(), null, null);
		}

	}

	public record DayMean(int daysSinceSession, double meanDistress, int checkins) {
	}

}
