package org.between.absences;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.between.accounts.CurrentUser;
import org.between.sessions.BreakMark;
import org.between.sessions.BreakMarks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sessions pages' marks for time away ({@link BreakMarks}): a client sees their
 * therapist's announced absences, a therapist their own, withdrawn ones never. One calm
 * sentence each, in the tense of where it stands ("is away from … to …", "is away until
 * …", "was away …"), with the cover's name when someone covers. The days are the
 * therapist's calendar days, whatever the reader's zone: they are the days the therapist
 * is away.
 */
@Component
class AbsenceBreakMarks implements BreakMarks {

	private final Absences absences;

	private final MessageSource messages;

	private final Clock clock;

	AbsenceBreakMarks(Absences absences, MessageSource messages, Clock clock) {
		this.absences = absences;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<BreakMark> marksFor(CurrentUser viewer, Instant from, Instant to) {
		List<Absence> seen = viewer.isTherapist() ? this.absences.ofTherapist(viewer) : this.absences.forClient(viewer);
		Instant now = this.clock.instant();
		return seen.stream()
			.filter((a) -> !a.withdrawn() && a.startsAt().isBefore(to) && a.endsAt().isAfter(from))
			.map((a) -> new BreakMark(a.id(), a.startsAt(), a.endsAt(), text(viewer, a, now)))
			.toList();
	}

	/**
	 * "Your therapist is away from Monday 21 December to Sunday 3 January. Covering: …"
	 */
	private String text(CurrentUser viewer, Absence a, Instant now) {
		String who = viewer.isTherapist() ? "therapist" : "client";
		String phase = a.phase(now).name().toLowerCase();
		String days = msg(viewer, "absences.mark." + who + "." + phase, day(viewer, a.startDate(), now),
				day(viewer, a.endDate(), now));
		return (a.coverName() == null) ? days : days + " " + msg(viewer, "absences.mark.cover", a.coverName());
	}

	/** "Monday 21 December", with the year when it is not this year. */
	private String day(CurrentUser viewer, LocalDate day, Instant now) {
		boolean thisYear = day.getYear() == LocalDate.ofInstant(now, viewer.zone()).getYear();
		return DateTimeFormatter.ofPattern(thisYear ? "EEEE d MMMM" : "EEEE d MMMM yyyy", viewer.locale()).format(day);
	}

	private String msg(CurrentUser viewer, String key, Object... args) {
		return this.messages.getMessage(key, args, viewer.locale());
	}

}
