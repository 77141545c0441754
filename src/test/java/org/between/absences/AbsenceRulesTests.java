package org.between.absences;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.between.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The announcement rules and the notice, without Spring or a database. */
class AbsenceRulesTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

	static final UUID COLLEAGUE = UUID.randomUUID();

	private static AbsenceRequest request(LocalDate start, LocalDate end) {
		return new AbsenceRequest(start, end, null, null, null, false);
	}

	private static List<String> fields(AbsenceRequest request, List<Absence> others) {
		return AbsenceRules.check(request, BERLIN, TODAY, Set.of(COLLEAGUE)::contains, others)
			.problems()
			.stream()
			.map(FieldProblem::field)
			.toList();
	}

	private static Absence existing(LocalDate start, LocalDate end, ZoneId zone, Instant withdrawnAt) {
		return new Absence(UUID.randomUUID(), UUID.randomUUID(), start, end, zone, null, null, null, null, false,
				Instant.EPOCH, withdrawnAt, 0);
	}

	@Test
	void theNoticeIsTodayPlusTheNoticeDays() {
		AbsenceNotice notice = new AbsenceNotice(14);
		assertThat(notice.allows(TODAY.plusDays(13), TODAY, false)).isFalse();
		assertThat(notice.allows(TODAY.plusDays(14), TODAY, false)).isTrue();
		assertThat(notice.allows(TODAY.plusDays(15), TODAY, false)).isTrue();
		assertThat(notice.allows(TODAY, TODAY, true)).isTrue();
		assertThatThrownBy(() -> notice.require(TODAY.plusDays(13), TODAY, false))
			.isInstanceOfSatisfying(AbsenceNoticeException.class, (ex) -> {
				assertThat(ex.earliest()).isEqualTo(LocalDate.of(2027, 3, 15));
				assertThat(ex.properties()).containsEntry("earliestStartDate", "2027-03-15");
				assertThat(ex.field()).isEqualTo("startDate");
			});
	}

	@Test
	void pastDaysEndBeforeStartAndLengthAreFieldProblems() {
		assertThat(fields(request(TODAY.minusDays(1), TODAY.plusDays(3)), List.of())).containsExactly("startDate");
		assertThat(fields(request(TODAY, TODAY), List.of())).as("today is not past").isEmpty();
		assertThat(fields(request(TODAY.plusDays(20), TODAY.plusDays(19)), List.of())).containsExactly("endDate");
		assertThat(fields(request(TODAY.plusDays(20), TODAY.plusDays(20 + 91)), List.of())).as("92 days").isEmpty();
		assertThat(fields(request(TODAY.plusDays(20), TODAY.plusDays(20 + 92)), List.of())).as("93 days")
			.containsExactly("endDate");
	}

	@Test
	void anOverlapCountsOnlyAbsencesNotWithdrawnAndComparesInstants() {
		LocalDate start = TODAY.plusDays(20);
		Absence same = existing(start.plusDays(5), start.plusDays(9), BERLIN, null);
		assertThat(fields(request(start, start.plusDays(5)), List.of(same))).containsExactly("startDate");
		assertThat(fields(request(start, start.plusDays(4)), List.of(same))).as("the day before").isEmpty();
		Absence withdrawn = existing(start, start.plusDays(9), BERLIN, Instant.EPOCH);
		assertThat(fields(request(start, start.plusDays(5)), List.of(withdrawn))).isEmpty();
		// Announced in New York: its first day starts six hours after Berlin's same day
		// ends.
		Absence inNewYork = existing(start.plusDays(6), start.plusDays(9), ZoneId.of("America/New_York"), null);
		assertThat(fields(request(start, start.plusDays(6)), List.of(inNewYork))).containsExactly("startDate");
	}

	@Test
	void theCoverMustBeAColleagueAndComesWithAWayToReachThem() {
		LocalDate start = TODAY.plusDays(20);
		assertThat(fields(new AbsenceRequest(start, start, UUID.randomUUID(), "Call 0123", null, false), List.of()))
			.containsExactly("coveringTherapistId");
		assertThat(fields(new AbsenceRequest(start, start, COLLEAGUE, " ", null, false), List.of()))
			.containsExactly("coverageNote");
		assertThat(fields(new AbsenceRequest(start, start, COLLEAGUE, "Call 0123", "I'm here.", false), List.of()))
			.isEmpty();
	}

	@Test
	void everyBadFieldIsNamedAtOnce() {
		String tooLong = "x".repeat(Absences.TEXT_MAX + 1);
		assertThat(fields(new AbsenceRequest(null, null, UUID.randomUUID(), tooLong, tooLong, false), List.of()))
			.containsExactly("startDate", "endDate", "coveringTherapistId", "coverageNote", "messageToClients");
		assertThat(AbsenceRules.fits("é".repeat(Absences.TEXT_MAX))).isTrue();
	}

	@Test
	void theDaysAreInstantsInTheirZone() {
		Absence absence = existing(LocalDate.of(2027, 3, 22), LocalDate.of(2027, 3, 28), BERLIN, null);
		assertThat(absence.startsAt()).isEqualTo(Instant.parse("2027-03-21T23:00:00Z"));
		// Summer time begins in Berlin on 28 March: the next day starts at 22:00 UTC.
		assertThat(absence.endsAt()).isEqualTo(Instant.parse("2027-03-28T22:00:00Z"));
		assertThat(absence.days()).isEqualTo(7);
		assertThat(absence.phase(Instant.parse("2027-03-21T22:59:59Z"))).isEqualTo(Absence.Phase.UPCOMING);
		assertThat(absence.phase(Instant.parse("2027-03-21T23:00:00Z"))).isEqualTo(Absence.Phase.NOW);
		assertThat(absence.phase(Instant.parse("2027-03-28T22:00:00Z"))).isEqualTo(Absence.Phase.PAST);
	}

}
