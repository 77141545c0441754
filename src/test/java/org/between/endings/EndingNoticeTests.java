package org.between.endings;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The notice rule of a planned ending: 28 days and 4 sessions by default. */
class EndingNoticeTests {

	static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

	final EndingNotice notice = new EndingNotice(28, 4);

	/** Weekly sessions from tomorrow on. */
	static List<LocalDate> weekly() {
		return IntStream.range(0, 20).mapToObj((i) -> TODAY.plusDays(1).plusWeeks(i)).toList();
	}

	@ParameterizedTest(name = "{0} days ahead: allowed {1}")
	@CsvSource({ "27, false", "28, true", "29, true" })
	void theLastSessionIsAtLeast28DaysAway(int days, boolean allowed) {
		assertThat(this.notice.allows(TODAY.plusDays(days), TODAY, weekly())).isEqualTo(allowed);
	}

	@ParameterizedTest(name = "{0} sessions before: allowed {1}")
	@CsvSource({ "3, false", "4, true", "5, true" })
	void atLeastFourSessionsComeUpToTheLastDay(int sessions, boolean allowed) {
		// sessions every other day, then nothing: the last day is 40 days away.
		List<LocalDate> days = IntStream.range(0, sessions).mapToObj((i) -> TODAY.plusDays(1 + 2L * i)).toList();
		assertThat(this.notice.allows(TODAY.plusDays(40), TODAY, days)).isEqualTo(allowed);
	}

	@Test
	void theEarliestDayIsTheLaterOfTheDaysAndTheFourthSession() {
		// weekly from tomorrow: the 4th session is on day 22, the days reach day 28.
		assertThat(this.notice.earliest(TODAY, weekly())).isEqualTo(TODAY.plusDays(28));
		List<LocalDate> fortnightly = IntStream.range(0, 6)
			.mapToObj((i) -> TODAY.plusDays(1).plusWeeks(2L * i))
			.toList();
		assertThat(this.notice.earliest(TODAY, fortnightly)).isEqualTo(TODAY.plusDays(1).plusWeeks(6));
	}

	@Test
	void aRefusalNamesTheEarliestDay() {
		assertThatThrownBy(() -> this.notice.require(TODAY.plusDays(27), TODAY, weekly()))
			.isInstanceOfSatisfying(EndingNoticeException.class, (ex) -> {
				assertThat(ex.earliest()).isEqualTo(TODAY.plusDays(28));
				assertThat(ex.properties()).containsEntry("earliestDate", "2027-03-29")
					.containsEntry("sessionsBefore", 4);
			});
	}

	@Test
	void withTooFewSessionsAtAllTheDaysAloneNameTheEarliest() {
		assertThat(this.notice.earliest(TODAY, List.of(TODAY.plusDays(3)))).isEqualTo(TODAY.plusDays(28));
		assertThat(this.notice.allows(TODAY.plusDays(60), TODAY, List.of(TODAY.plusDays(3)))).isFalse();
	}

	@Test
	void referralStatusesMoveForwardOnly() {
		assertThat(ReferralStatus.SUGGESTED.mayMoveTo(ReferralStatus.CONTACTED)).isTrue();
		assertThat(ReferralStatus.SUGGESTED.mayMoveTo(ReferralStatus.FIRST_SESSION_HELD)).isTrue();
		assertThat(ReferralStatus.CONTACTED.mayMoveTo(ReferralStatus.FIRST_SESSION_HELD)).isTrue();
		assertThat(ReferralStatus.SUGGESTED.mayMoveTo(ReferralStatus.DECLINED)).isTrue();
		assertThat(ReferralStatus.CONTACTED.mayMoveTo(ReferralStatus.DECLINED)).isTrue();
		assertThat(ReferralStatus.CONTACTED.mayMoveTo(ReferralStatus.SUGGESTED)).isFalse();
		assertThat(ReferralStatus.FIRST_SESSION_HELD.mayMoveTo(ReferralStatus.DECLINED)).isFalse();
		assertThat(ReferralStatus.DECLINED.mayMoveTo(ReferralStatus.CONTACTED)).isFalse();
		assertThat(ReferralStatus.CONTACTED.mayMoveTo(ReferralStatus.CONTACTED)).isFalse();
	}

}
