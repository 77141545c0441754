package org.between.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The notice rule and the in-force rule by hand, without Spring. */
class PolicyNoticeTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	final PolicyNotice notice = new PolicyNotice(30);

	static PolicyTerms terms(int hours, String late, String fee, String currency, boolean hold, MakeUpRule makeUp,
			String note) {
		return new PolicyTerms(1, TODAY, Instant.EPOCH, hours, new BigDecimal(late), new BigDecimal(fee), currency,
				hold, makeUp, note);
	}

	static PolicyTerms base() {
		return terms(48, "60.00", "80.00", "EUR", true, MakeUpRule.WHEN_AVAILABLE, "Ask me about a reduced fee.");
	}

	@ParameterizedTest
	@CsvSource({ "29, false", "30, true", "31, true" })
	void aChangeAgainstTheClientNeedsThirtyDays(int days, boolean allowed) {
		PolicyTerms dearer = terms(48, "60.00", "90.00", "EUR", true, MakeUpRule.WHEN_AVAILABLE,
				"Ask me about a reduced fee.");
		assertThat(this.notice.allows(TODAY, TODAY.plusDays(days), base(), dearer)).isEqualTo(allowed);
		assertThat(this.notice.earliest(TODAY, TODAY.plusDays(days), (d) -> base(), dearer))
			.isEqualTo(allowed ? TODAY.plusDays(days) : TODAY.plusDays(30));
	}

	@Test
	void theFirstVersionMayTakeEffectTodayButNotYesterday() {
		assertThat(this.notice.allows(TODAY, TODAY, null, base())).isTrue();
		assertThat(this.notice.allows(TODAY, TODAY.minusDays(1), null, base())).isFalse();
		assertThat(this.notice.earliest(TODAY, TODAY, (d) -> null, base())).isEqualTo(TODAY);
	}

	@Test
	void aChangeWhollyInTheClientsFavourMayTakeEffectToday() {
		PolicyTerms kinder = terms(24, "30.00", "70.00", "EUR", true, MakeUpRule.ALWAYS, "Ask me about a reduced fee.");
		assertThat(PolicyNotice.inClientsFavour(base(), kinder)).isTrue();
		assertThat(this.notice.allows(TODAY, TODAY, base(), kinder)).isTrue();
		assertThat(PolicyNotice.inClientsFavour(base(), base())).as("no change at all").isTrue();
	}

	@Test
	void eachTermOnItsOwn() {
		PolicyTerms b = base();
		// cheaper or shorter or more generous: in favour
		assertThat(PolicyNotice.inClientsFavour(b, with(b, 47, null, null, null, null, null, b.slidingScaleNote())))
			.isTrue();
		assertThat(PolicyNotice.inClientsFavour(b, with(b, null, "59.99", null, null, null, null, null))).isTrue();
		assertThat(PolicyNotice.inClientsFavour(b, with(b, null, null, "79.99", null, null, null, null))).isTrue();
		assertThat(PolicyNotice.inClientsFavour(b, with(b, null, null, null, null, null, MakeUpRule.ALWAYS, null)))
			.isTrue();
		// dearer, longer, less generous, or anything else changed: not
		assertThat(PolicyNotice.inClientsFavour(b, with(b, 49, null, null, null, null, null, null))).isFalse();
		assertThat(PolicyNotice.inClientsFavour(b, with(b, null, "60.01", null, null, null, null, null))).isFalse();
		assertThat(PolicyNotice.inClientsFavour(b, with(b, null, null, "80.01", null, null, null, null))).isFalse();
		assertThat(PolicyNotice.inClientsFavour(b, with(b, null, null, null, null, null, MakeUpRule.NONE, null)))
			.isFalse();
		assertThat(PolicyNotice.inClientsFavour(b, with(b, null, null, null, "CHF", null, null, null))).isFalse();
		assertThat(PolicyNotice.inClientsFavour(b, with(b, null, null, null, null, false, null, null))).isFalse();
		assertThat(PolicyNotice.inClientsFavour(b, with(b, null, null, null, null, null, null, "No reductions.")))
			.isFalse();
		// cheaper but something else against the client: not wholly in their favour
		assertThat(PolicyNotice.inClientsFavour(b, with(b, 72, null, "50.00", null, null, null, null))).isFalse();
		// amounts compare by value, not by scale; a blank note is no note
		assertThat(PolicyNotice.inClientsFavour(b, with(b, null, "60", "80.0", null, null, null, null))).isTrue();
		PolicyTerms noNote = with(b, null, null, null, null, null, null, null);
		noNote = new PolicyTerms(1, TODAY, Instant.EPOCH, 48, b.lateCancellationFee(), b.feePerSession(), "EUR", true,
				MakeUpRule.WHEN_AVAILABLE, null);
		assertThat(PolicyNotice.inClientsFavour(noNote, with(noNote, null, null, null, null, null, null, "  ")))
			.isTrue();
	}

	@Test
	void makeUpRulesAreOrderedByGenerosity() {
		assertThat(PolicyNotice.generosity(MakeUpRule.NONE))
			.isLessThan(PolicyNotice.generosity(MakeUpRule.WHEN_AVAILABLE));
		assertThat(PolicyNotice.generosity(MakeUpRule.WHEN_AVAILABLE))
			.isLessThan(PolicyNotice.generosity(MakeUpRule.ALWAYS));
	}

	@ParameterizedTest
	@CsvSource({ "29, 90.00, false", "30, 90.00, true", "31, 90.00, true", "0, 80.00, true", "0, 50.00, true",
			"-1, 50.00, false" })
	void aClientsFee(int days, String fee, boolean allowed) {
		BigDecimal proposed = new BigDecimal(fee);
		assertThat(this.notice.allowsFee(TODAY, TODAY.plusDays(days), new BigDecimal("80.00"), proposed))
			.isEqualTo(allowed);
	}

	@Test
	void theEarliestDateForAHigherFeeIsTheNoticeDay() {
		assertThat(this.notice.earliestFee(TODAY, TODAY, (d) -> new BigDecimal("80"), new BigDecimal("90")))
			.isEqualTo(TODAY.plusDays(30));
		assertThat(
				this.notice.earliestFee(TODAY, TODAY.plusDays(40), (d) -> new BigDecimal("80"), new BigDecimal("90")))
			.isEqualTo(TODAY.plusDays(40));
	}

	@Test
	void aChangeTakingEffectTodayStartsWhenPublishedNotAtMidnight() {
		Instant publishedAt = Instant.parse("2026-11-22T14:30:00Z");
		assertThat(PolicyNotice.effectiveAt(TODAY, BERLIN, publishedAt)).isEqualTo(publishedAt);
		assertThat(PolicyNotice.effectiveAt(TODAY.plusDays(30), BERLIN, publishedAt))
			.isEqualTo(Instant.parse("2026-12-21T23:00:00Z"));
	}

	/**
	 * Just after midnight in Berlin it is still the day before in UTC: "today" and the 30
	 * days count in the therapist's zone.
	 */
	@Test
	void theDaysCountInTheTherapistsZoneNearMidnight() {
		Instant justAfterMidnightInBerlin = Instant.parse("2026-11-21T23:05:00Z");
		LocalDate today = LocalDate.ofInstant(justAfterMidnightInBerlin, BERLIN);
		assertThat(today).isEqualTo(TODAY);
		assertThat(this.notice.withNotice(today)).isEqualTo(LocalDate.of(2026, 12, 22));
		assertThat(PolicyNotice.effectiveAt(this.notice.withNotice(today), BERLIN, justAfterMidnightInBerlin))
			.isEqualTo(Instant.parse("2026-12-21T23:00:00Z"));
		Instant justBeforeMidnightInBerlin = Instant.parse("2026-11-22T22:55:00Z");
		assertThat(this.notice.withNotice(LocalDate.ofInstant(justBeforeMidnightInBerlin, BERLIN)))
			.isEqualTo(LocalDate.of(2026, 12, 22));
	}

	@Test
	void theVersionInForceIsTheLatestToTakeEffectAndTiesGoToTheHigherVersion() {
		UUID t = UUID.randomUUID();
		Instant jan = Instant.parse("2027-01-01T00:00:00Z");
		PolicyVersion v1 = version(t, 1, Instant.parse("2026-11-01T00:00:00Z"));
		PolicyVersion v2 = version(t, 2, jan);
		PolicyVersion v3 = version(t, 3, jan);
		PolicyVersion v4 = version(t, 4, Instant.parse("2026-12-01T00:00:00Z"));
		PolicyTimeline timeline = new PolicyTimeline(List.of(v1, v2, v3, v4));
		assertThat(timeline.at(Instant.parse("2026-10-31T23:59:59Z"))).isEmpty();
		assertThat(timeline.at(Instant.parse("2026-11-01T00:00:00Z"))).contains(v1);
		assertThat(timeline.at(Instant.parse("2026-12-01T00:00:00Z"))).contains(v4);
		assertThat(timeline.at(jan.minusNanos(1000))).contains(v4);
		assertThat(timeline.at(jan)).contains(v3);
		assertThat(timeline.takesEffect(v2)).as("replaced by v3 for the same moment").isFalse();
		Instant now = Instant.parse("2026-11-15T00:00:00Z");
		assertThat(timeline.upcoming(now)).containsExactly(v4, v3);
		assertThat(timeline.history(now)).containsExactly(v2);
		assertThat(timeline.nextVersion()).isEqualTo(5);
	}

	/**
	 * The humane rule for a favour-only change while another version is pending: the
	 * pending version still takes effect on its day, as clients were told; the kinder
	 * version holds until then.
	 */
	@Test
	void aKinderVersionPublishedWhileAnotherIsPendingHoldsUntilThePendingDay() {
		UUID t = UUID.randomUUID();
		PolicyVersion v1 = version(t, 1, Instant.parse("2026-10-01T00:00:00Z"));
		PolicyVersion pending = version(t, 2, Instant.parse("2027-01-01T00:00:00Z"));
		PolicyVersion kinderNow = version(t, 3, Instant.parse("2026-11-22T10:00:00Z"));
		PolicyTimeline timeline = new PolicyTimeline(List.of(v1, pending, kinderNow));
		assertThat(timeline.at(Instant.parse("2026-11-22T09:59:59Z"))).contains(v1);
		assertThat(timeline.at(Instant.parse("2026-11-22T10:00:00Z"))).contains(kinderNow);
		assertThat(timeline.at(Instant.parse("2027-01-01T00:00:00Z"))).contains(pending);
	}

	private static PolicyVersion version(UUID therapist, int n, Instant effectiveAt) {
		return new PolicyVersion(therapist, n, LocalDate.ofInstant(effectiveAt, ZoneId.of("UTC")), effectiveAt,
				effectiveAt.minusSeconds(86400L * 40), 48, new BigDecimal("60.00"), new BigDecimal("80.00"), "EUR",
				true, MakeUpRule.WHEN_AVAILABLE, null);
	}

	private static PolicyTerms with(PolicyTerms b, Integer hours, String late, String fee, String currency,
			Boolean hold, MakeUpRule makeUp, String note) {
		return new PolicyTerms(2, b.effectiveFrom(), b.effectiveAt(),
				(hours != null) ? hours : b.cancellationNoticeHours(),
				(late != null) ? new BigDecimal(late) : b.lateCancellationFee(),
				(fee != null) ? new BigDecimal(fee) : b.feePerSession(), (currency != null) ? currency : b.currency(),
				(hold != null) ? hold : b.holdSlotOnCancellation(), (makeUp != null) ? makeUp : b.makeUp(),
				(note != null) ? note : b.slidingScaleNote());
	}

}
