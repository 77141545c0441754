package org.between.absences;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Predicate;

import org.between.shared.InputProblems;

/**
 * What an announcement must be, one rule a method, each with its reason; pure (no Spring,
 * no database). "Today" is a day in the therapist's zone. {@link #check} names every bad
 * field at once (400); the notice is {@link AbsenceNotice}'s (422).
 */
final class AbsenceRules {

	/** The longest time away, both ends counted: about a quarter of a year. */
	static final int MAX_DAYS = 92;

	private AbsenceRules() {
	}

	/** Every problem with the request, in the order of its fields. */
	static InputProblems check(AbsenceRequest r, ZoneId zone, LocalDate today, Predicate<UUID> isColleague,
			Collection<Absence> others) {
		InputProblems problems = new InputProblems();
		problems.require(r.startDate() != null, "startDate", "absences.required");
		problems.require(r.endDate() != null, "endDate", "absences.required");
		if (r.startDate() != null && r.endDate() != null) {
			dates(r, zone, today, others, problems);
		}
		problems.require(coverIsAColleague(r.coveringTherapistId(), isColleague), "coveringTherapistId",
				"absences.cover.notColleague");
		problems.require(!coverWithoutWay(r), "coverageNote", "absences.coverageNote.required");
		problems.require(fits(r.coverageNote()), "coverageNote", "absences.text.tooLong");
		problems.require(fits(r.messageToClients()), "messageToClients", "absences.text.tooLong");
		return problems;
	}

	private static void dates(AbsenceRequest r, ZoneId zone, LocalDate today, Collection<Absence> others,
			InputProblems problems) {
		problems.require(!inThePast(r.startDate(), today), "startDate", "absences.startDate.past");
		if (endsBeforeItStarts(r.startDate(), r.endDate())) {
			problems.add("endDate", "absences.endDate.beforeStart");
			return;
		}
		problems.require(!tooLong(r.startDate(), r.endDate()), "endDate", "absences.endDate.tooLong");
		problems.require(!overlaps(r.startDate(), r.endDate(), zone, others), "startDate",
				"absences.startDate.overlaps");
	}

	/**
	 * A first day before today: days gone by cannot be announced, and nothing in them can
	 * be cancelled any more. Today itself is not past: an emergency may start today (the
	 * day it happens); without one, today is a matter of notice.
	 */
	static boolean inThePast(LocalDate start, LocalDate today) {
		return start.isBefore(today);
	}

	/** A last day before the first: the dates were swapped or mistyped. */
	static boolean endsBeforeItStarts(LocalDate start, LocalDate end) {
		return end.isBefore(start);
	}

	/**
	 * More than {@value #MAX_DAYS} days: longer than a quarter of a year is no longer a
	 * break in the work but a pause of it, which needs its own conversation (and probably
	 * a referral) rather than cancelled sessions.
	 */
	static boolean tooLong(LocalDate start, LocalDate end) {
		return ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS;
	}

	/**
	 * Sharing a moment with another absence of the same therapist that was not withdrawn:
	 * two announcements for the same days would tell clients two stories. Compared as
	 * instants, so that absences announced in different zones still meet.
	 */
	static boolean overlaps(LocalDate start, LocalDate end, ZoneId zone, Collection<Absence> others) {
		Instant from = start.atStartOfDay(zone).toInstant();
		Instant to = end.plusDays(1).atStartOfDay(zone).toInstant();
		return others.stream()
			.filter((a) -> !a.withdrawn())
			.anyMatch((a) -> a.startsAt().isBefore(to) && a.endsAt().isAfter(from));
	}

	/**
	 * The cover must be one of the therapist's named colleagues: clients will be told to
	 * turn to them, so it cannot be anyone the therapist has not agreed this with.
	 */
	static boolean coverIsAColleague(UUID cover, Predicate<UUID> isColleague) {
		return cover == null || isColleague.test(cover);
	}

	/**
	 * A named cover without a word on how to reach them leaves clients with a name only.
	 */
	static boolean coverWithoutWay(AbsenceRequest r) {
		return r.coveringTherapistId() != null && (r.coverageNote() == null || r.coverageNote().isBlank());
	}

	/**
	 * At most {@value Absences#TEXT_MAX} characters (code points), as people count them.
	 */
	static boolean fits(String text) {
		return text == null || text.codePointCount(0, text.length()) <= Absences.TEXT_MAX;
	}

}
