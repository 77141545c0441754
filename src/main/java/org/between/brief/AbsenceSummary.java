package org.between.brief;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.between.absences.Absence;
import org.between.accounts.SharingChoice;
import org.between.brief.BriefSummary.RiskFlag;
import org.between.brief.Briefs.AfterAbsence;
import org.between.checkin.CheckinSummary;
import org.between.measures.Measures.ResponseView;

/**
 * "Your last session was before your absence": the time away that came between the last
 * held session and this one, and what the client's check-ins show of it. Pure: the
 * absences, check-ins and responses come in already read.
 * <p>
 * <b>Which absence.</b> The latest one (not withdrawn) that began after the last held
 * session started and before the brief's end: one that has ended, or one still going on
 * (then the figures cover its days so far). Without a held session before this one there
 * is no "last session", so no block.
 * <p>
 * <b>The figures.</b> Check-ins at an instant inside the absence ({@code [startsAt,
 * endsAt)}, its days in the therapist's zone) and inside the brief's window (at most 90
 * days back): how many and their mean distress (one decimal, half up) when the client
 * shares check-ins, the risk flags among them and PHQ-9 answers of the same days when
 * they share risk flags — the same choice as every other section.
 */
final class AbsenceSummary {

	private AbsenceSummary() {
	}

	/**
	 * The block for the brief, or empty: {@code lastHeld} is the start of the last held
	 * session (null without one), {@code [since, end)} the brief's window.
	 */
	static Optional<AfterAbsence> of(List<Absence> absences, Instant lastHeld, Instant since, Instant end,
			List<CheckinSummary> checkins, List<ResponseView> responses, SharingChoice sharing, ZoneId zone) {
		if (lastHeld == null) {
			return Optional.empty();
		}
		return absences.stream()
			.filter((a) -> !a.withdrawn() && a.startsAt().isAfter(lastHeld) && a.startsAt().isBefore(end))
			.max(Comparator.comparing(Absence::startsAt))
			.map((a) -> summary(a, since, end, checkins, responses, sharing, zone));
	}

	private static AfterAbsence summary(Absence a, Instant since, Instant end, List<CheckinSummary> checkins,
			List<ResponseView> responses, SharingChoice sharing, ZoneId zone) {
		Instant from = later(a.startsAt(), since);
		Instant to = earlier(a.endsAt(), end);
		List<CheckinSummary> during = checkins.stream().filter((c) -> inside(c.at(), from, to)).toList();
		Integer count = sharing.checkins() ? during.size() : null;
		Double mean = (sharing.checkins() && !during.isEmpty())
				? BriefSummary.round(during.stream().mapToInt(CheckinSummary::distress).average().orElseThrow()) : null;
		List<RiskFlag> flags = sharing.riskFlags() ? BriefSummary.riskFlags(during,
				responses.stream().filter((r) -> inside(r.answeredAt(), from, to)).toList(), zone) : List.of();
		return new AfterAbsence(a.id(), a.startDate(), a.endDate(), a.days(), a.endsAt().isAfter(end), a.coverName(),
				count, mean, flags);
	}

	private static boolean inside(Instant at, Instant from, Instant to) {
		return !at.isBefore(from) && at.isBefore(to);
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
