package org.between.checkin.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.between.checkin.CheckinView;
import org.between.checkin.Urge;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PeriodSummary}: the chosen period against the one before it; ties said as ties.
 */
class PeriodSummaryTests {

	private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

	private static CheckinView at(Duration ago, int distress) {
		return new CheckinView(UUID.randomUUID(), NOW.minus(ago), NOW.minus(ago), 5, distress, List.of(),
				Map.of(Urge.SELF_HARM, 0), null, List.of(), null, false);
	}

	@Test
	void thePeriodChosenIsComparedWithTheOneBeforeIt() {
		List<CheckinView> checkins = List.of(at(Duration.ofDays(1), 4), at(Duration.ofDays(20), 6),
				at(Duration.ofDays(40), 8), at(Duration.ofDays(70), 1));
		PeriodSummary.Comparison month = PeriodSummary.compare(checkins, CheckinView::distress, 30, NOW);
		assertThat(month.current()).hasValue(5.0);
		assertThat(month.previous()).hasValue(8.0);
		assertThat(month.kind()).isEqualTo("both");
		PeriodSummary.Comparison week = PeriodSummary.compare(checkins, CheckinView::distress, 7, NOW);
		assertThat(week.current()).hasValue(4.0);
		assertThat(week.previous()).isEmpty();
		assertThat(week.kind()).isEqualTo("currentOnly");
	}

	@Test
	void averagesThatRoundToTheSameTenthAreTheSame() {
		List<CheckinView> checkins = List.of(at(Duration.ofDays(1), 4), at(Duration.ofDays(2), 5),
				at(Duration.ofDays(9), 5), at(Duration.ofDays(10), 4));
		assertThat(PeriodSummary.compare(checkins, CheckinView::distress, 7, NOW).kind()).isEqualTo("same");
	}

	@Test
	void nothingInEitherPeriodIsSaidPlainly() {
		assertThat(PeriodSummary.compare(List.of(at(Duration.ofDays(100), 3)), CheckinView::distress, 7, NOW).kind())
			.isEqualTo("none");
		assertThat(PeriodSummary.compare(List.of(at(Duration.ofDays(10), 3)), CheckinView::distress, 7, NOW).kind())
			.isEqualTo("previousOnly");
	}

}
