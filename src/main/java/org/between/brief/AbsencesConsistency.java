package org.between.brief;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.between.absences.Absence;
import org.between.absences.Absences;
import org.between.accounts.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The time-away part of the consistency record: absences announced in the period (not
 * withdrawn), the notice each gave (from the announcement to its first day, in whole
 * days), how many were emergencies, and how many had a colleague covering.
 */
@Component
class AbsencesConsistency implements ConsistencyPart {

	private final Absences absences;

	private final ConsistencyWords words;

	AbsencesConsistency(Absences absences, ConsistencyWords words) {
		this.absences = absences;
		this.words = words;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Section section(CurrentUser therapist, Instant from, Instant to) {
		List<Absence> announced = this.absences.ofTherapist(therapist)
			.stream()
			.filter((a) -> a.withdrawnAt() == null && a.announcedAt() != null)
			.filter((a) -> !a.announcedAt().isBefore(from) && a.announcedAt().isBefore(to))
			.toList();
		List<Long> notice = announced.stream()
			.map((a) -> Math.max(0, Duration.between(a.announcedAt(), a.startsAt()).toDays()))
			.toList();
		long emergencies = announced.stream().filter(Absence::emergency).count();
		long covered = announced.stream().filter((a) -> a.coveringTherapistId() != null).count();
		List<Figure> figures = List.of(this.words.figure("consistency.absences.count", announced.size()),
				this.words.figure("consistency.absences.medianNotice", ConsistencyWords.median(notice)),
				this.words.figure("consistency.absences.emergencies", emergencies),
				this.words.figure("consistency.absences.covered", covered));
		return new Section("consistency.absences.title", this.words.msg("consistency.absences.title"), figures,
				this.words.msg("consistency.absences.sentence", announced.size(), ConsistencyWords.median(notice),
						covered, emergencies));
	}

}
