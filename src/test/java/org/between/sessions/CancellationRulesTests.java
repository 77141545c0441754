package org.between.sessions;

import org.between.policy.MakeUpRule;
import org.between.policy.PolicyTerms;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CancellationRulesTests {

	private static final Instant START = Instant.parse("2026-12-10T17:00:00Z");

	private static final UUID CLIENT = UUID.randomUUID();

	private static Optional<PolicyTerms> policy(int noticeHours, MakeUpRule makeUp, boolean hold) {
		return Optional.of(new PolicyTerms(3, LocalDate.of(2026, 11, 1), Instant.parse("2026-10-31T23:00:00Z"),
				noticeHours, new BigDecimal("60.00"), new BigDecimal("90.00"), "EUR", hold, makeUp, null));
	}

	@Test
	void inTimeWhenExactlyTheNoticeRemainsLateOneSecondAfter() {
		Instant deadline = START.minus(Duration.ofHours(48));
		CancellationRuling onTime = CancellationRules.byClient(policy(48, MakeUpRule.NONE, false), START, deadline,
				CLIENT, null);
		assertThat(onTime.late()).isFalse();
		assertThat(onTime.fee()).isEqualByComparingTo("0");
		CancellationRuling late = CancellationRules.byClient(policy(48, MakeUpRule.NONE, false), START,
				deadline.plusSeconds(1), CLIENT, "ill");
		assertThat(late.late()).isTrue();
		assertThat(late.fee()).isEqualByComparingTo("60.00");
		assertThat(late.currency()).isEqualTo("EUR");
		assertThat(late.policyVersion()).isEqualTo(3);
		assertThat(late.noticeHours()).isEqualTo(48);
		assertThat(late.status()).isEqualTo(SessionStatus.CANCELLED_BY_CLIENT);
		assertThat(late.reason()).isEqualTo("ill");
	}

	@Test
	void slotAndMakeUpFollowThePolicy() {
		Instant now = START.minus(Duration.ofDays(5));
		assertThat(CancellationRules.byClient(policy(24, MakeUpRule.NONE, true), START, now, CLIENT, null))
			.satisfies((r) -> {
				assertThat(r.slotHeld()).isTrue();
				assertThat(r.makeUpOffered()).isFalse();
			});
		assertThat(CancellationRules.byClient(policy(24, MakeUpRule.WHEN_AVAILABLE, false), START, now, CLIENT, null)
			.makeUpOffered()).isTrue();
		assertThat(CancellationRules.byClient(policy(24, MakeUpRule.ALWAYS, false), START, now, CLIENT, null)
			.makeUpOffered()).isTrue();
	}

	@Test
	void withoutAPolicyNothingIsCharged() {
		CancellationRuling r = CancellationRules.byClient(Optional.empty(), START, START.minusSeconds(60), CLIENT,
				null);
		assertThat(r.late()).isFalse();
		assertThat(r.fee()).isEqualByComparingTo("0");
		assertThat(r.policyVersion()).isNull();
	}

	@Test
	void theTherapistsCancellationNeverCostsAndAlwaysOffersAMakeUp() {
		UUID therapist = UUID.randomUUID();
		CancellationRuling r = CancellationRules.byTherapist(policy(48, MakeUpRule.NONE, false), START,
				START.minus(Duration.ofHours(2)), therapist, "ill");
		assertThat(r.status()).isEqualTo(SessionStatus.CANCELLED_BY_THERAPIST);
		assertThat(r.late()).isTrue();
		assertThat(r.fee()).isEqualByComparingTo("0");
		assertThat(r.makeUpOffered()).isTrue();
		assertThat(r.policyVersion()).isEqualTo(3);
		assertThat(r.cancelledBy()).isEqualTo(therapist);
	}

	@Test
	void aMissedSessionCostsTheLateFee() {
		CancellationRuling r = CancellationRules.noShow(policy(48, MakeUpRule.ALWAYS, false), START.plusSeconds(900),
				UUID.randomUUID());
		assertThat(r.status()).isEqualTo(SessionStatus.NO_SHOW);
		assertThat(r.fee()).isEqualByComparingTo("60.00");
		assertThat(r.makeUpOffered()).isFalse();
	}

}
