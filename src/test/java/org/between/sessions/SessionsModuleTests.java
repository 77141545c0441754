package org.between.sessions;

import org.between.policy.PolicyInput;

import org.between.policy.MakeUpRule;

import org.between.policy.Policies;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.sessions.Sessions.SessionRequest;
import org.between.sessions.Sessions.StandingRequest;
import org.between.shared.ConflictException;
import org.between.shared.NotFoundException;
import org.between.shared.RuleViolationException;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sessions against a real database; run on H2 and on PostgreSQL by the subclasses. */
@ModuleTest
abstract class SessionsModuleTests {

	static final Instant MONDAY_1_MARCH_2027 = Instant.parse("2027-03-01T08:00:00Z");

	@Autowired
	Sessions sessions;

	@Autowired
	Policies policies;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	MutableClock clock;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	ModulePeople people;

	CurrentUser therapist;

	CurrentUser client;

	@BeforeEach
	void setUp() {
		this.clock.set(MONDAY_1_MARCH_2027);
		this.people = new ModulePeople(this.accounts, this.links, this.clock);
		this.therapist = this.people.therapist();
		this.client = this.people.clientOf(this.therapist);
	}

	/** The access value the brief's reads take: the therapist's checked link. */
	private LinkedClient linked() {
		return this.links.requireLinkedClient(this.therapist, this.client.id());
	}

	private StandingRequest weekly(DayOfWeek day, String time, String startDate) {
		return new StandingRequest(day, time, 50, 1, LocalDate.parse(startDate), null, "https://video.example/room");
	}

	private List<SessionView> all(CurrentUser who) {
		return this.sessions.forUser(who, Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z"));
	}

	@Test
	void standingSessionsAreStoredWithTheirInstantsAndExtendedWithoutDuplicates() {
		this.sessions.standing(this.therapist, this.client.id(), weekly(DayOfWeek.THURSDAY, "18:00", "2027-03-04"));
		List<SessionView> made = all(this.client);
		assertThat(made).hasSize(12);
		assertThat(made.get(3).startsAt()).isEqualTo(Instant.parse("2027-03-25T17:00:00Z"));
		assertThat(made.get(4).startsAt()).isEqualTo(Instant.parse("2027-04-01T16:00:00Z"));
		assertThat(made).allSatisfy((s) -> {
			assertThat(s.videoLink()).isEqualTo("https://video.example/room");
			assertThat(s.durationMinutes()).isEqualTo(50);
			assertThat(s.standingAppointmentId()).isNotNull();
		});
		this.clock.advance(Duration.ofDays(21));
		this.sessions.extendStandingAppointments();
		this.sessions.extendStandingAppointments();
		assertThat(all(this.client)).hasSize(15)
			.extracting(SessionView::startsAt)
			.doesNotHaveDuplicates()
			.last()
			.isEqualTo(Instant.parse("2027-06-10T16:00:00Z"));
		assertThat(this.sessions.standingAppointments(this.client, null)).singleElement()
			.satisfies((a) -> assertThat(a.generatedUntil()).isEqualTo(LocalDate.of(2027, 6, 14)));
	}

	@Test
	void anOverlapRefusesTheWholeAppointmentAndExtensionSkipsAClashBookedMeanwhile() {
		CurrentUser other = this.people.clientOf(this.therapist);
		this.sessions.book(this.therapist, other.id(),
				new SessionRequest(Instant.parse("2027-03-18T17:30:00Z"), 50, SessionKind.EXTRA, null, null));
		assertThatThrownBy(() -> this.sessions.standing(this.therapist, this.client.id(),
				weekly(DayOfWeek.THURSDAY, "18:00", "2027-03-04")))
			.isInstanceOf(ConflictException.class);
		assertThat(all(this.client)).isEmpty();
		assertThat(this.sessions.standingAppointments(this.therapist, this.client.id())).isEmpty();

		this.sessions.standing(this.therapist, this.client.id(), weekly(DayOfWeek.FRIDAY, "09:00", "2027-03-05"));
		// 4 June is beyond the horizon today; book it now, then let time pass.
		this.sessions.book(this.therapist, other.id(),
				new SessionRequest(Instant.parse("2027-06-04T07:00:00Z"), 50, SessionKind.REGULAR, null, null));
		this.clock.advance(Duration.ofDays(14));
		this.sessions.extendStandingAppointments();
		assertThat(all(this.client)).extracting(SessionView::startsAt)
			.contains(Instant.parse("2027-05-28T07:00:00Z"))
			.doesNotContain(Instant.parse("2027-06-04T07:00:00Z"));
	}

	@Test
	void cancellationRulingsAttendanceAndTheQueriesOtherModulesUse() {
		Instant first = Instant.parse("2027-03-02T09:00:00Z");
		SessionView held = this.sessions.book(this.therapist, this.client.id(),
				new SessionRequest(first, 50, SessionKind.REGULAR, null, null));
		SessionView cancelled = this.sessions.book(this.therapist, this.client.id(),
				new SessionRequest(first.plus(Duration.ofDays(7)), 50, SessionKind.REGULAR, null, null));
		this.sessions.cancel(this.therapist, cancelled.id(), "Ill — sorry");
		this.clock.set(first.plus(Duration.ofMinutes(60)));
		this.sessions.attendance(this.therapist, held.id(), first.plus(Duration.ofMinutes(2)),
				first.plus(Duration.ofMinutes(52)));
		SessionView stored = this.sessions.session(this.client, cancelled.id());
		assertThat(stored.status()).isEqualTo(SessionStatus.CANCELLED_BY_THERAPIST);
		assertThat(stored.cancellation().fee()).isEqualByComparingTo("0");
		assertThat(stored.cancellation().makeUpOffered()).isTrue();
		assertThat(stored.cancellation().reason()).isEqualTo("Ill — sorry");
		assertThat(stored.cancellation().cancelledAt()).isEqualTo(MONDAY_1_MARCH_2027);
		assertThat(this.sessions.lastHeldBefore(linked(), Instant.parse("2027-04-01T00:00:00Z"))).get()
			.satisfies((s) -> {
				assertThat(s.id()).isEqualTo(held.id());
				assertThat(s.startedAt()).isEqualTo(first.plus(Duration.ofMinutes(2)));
			});
		assertThat(this.sessions.lastHeldBefore(linked(), first)).isEmpty();
		assertThat(this.sessions.heldStarts(this.client)).containsExactly(first);
		assertThat(this.sessions.between(linked(), first, first.plus(Duration.ofDays(8)))).extracting(SessionView::id)
			.containsExactly(held.id(), cancelled.id());
		assertThat(this.sessions.punctuality(this.client, null).held()).isEqualTo(1);
	}

	@Test
	void aCancellationIsJudgedByTheVersionInForceAtTheMomentOfCancelling() {
		// Version 1 now: 48 hours' notice, 60 EUR. Version 2 announced for 31 March
		// (Berlin):
		// 24 hours' notice, 80 EUR.
		this.policies.publish(this.therapist, new PolicyInput(48, new java.math.BigDecimal("60.00"),
				new java.math.BigDecimal("90.00"), "EUR", false, MakeUpRule.ALWAYS, null, null));
		this.policies.publish(this.therapist, new PolicyInput(24, new java.math.BigDecimal("80.00"),
				new java.math.BigDecimal("90.00"), "EUR", true, MakeUpRule.NONE, null, LocalDate.of(2027, 3, 31)));
		SessionView april1 = this.sessions.book(this.therapist, this.client.id(),
				new SessionRequest(Instant.parse("2027-04-01T16:00:00Z"), 50, SessionKind.REGULAR, null, null));
		SessionView april2 = this.sessions.book(this.therapist, this.client.id(),
				new SessionRequest(Instant.parse("2027-04-02T16:00:00Z"), 50, SessionKind.REGULAR, null, null));

		// 30 March 20:00 UTC (22:00 in Berlin): 44 hours before 1 April 18:00, version 1
		// still.
		this.clock.set(Instant.parse("2027-03-30T20:00:00Z"));
		CancellationRuling before = this.sessions.cancel(this.client, april1.id(), null);
		assertThat(before.policyVersion()).isEqualTo(1);
		assertThat(before.late()).isTrue();
		assertThat(before.fee()).isEqualByComparingTo("60.00");
		assertThat(before.makeUpOffered()).isTrue();
		assertThat(before.slotHeld()).isFalse();

		// 30 March 22:30 UTC is 31 March 00:30 in Berlin: version 2 is in force; 41.5
		// hours
		// before 2 April 18:00 is in time under its 24 hours.
		this.clock.set(Instant.parse("2027-03-30T22:30:00Z"));
		CancellationRuling after = this.sessions.cancel(this.client, april2.id(), null);
		assertThat(after.policyVersion()).isEqualTo(2);
		assertThat(after.late()).isFalse();
		assertThat(after.fee()).isEqualByComparingTo("0");
		assertThat(after.makeUpOffered()).isFalse();
		assertThat(after.slotHeld()).isTrue();

		// What was stored is what was ruled, whatever is in force later.
		assertThat(this.sessions.session(this.client, april1.id()).cancellation()).satisfies((r) -> {
			assertThat(r.policyVersion()).isEqualTo(1);
			assertThat(r.fee()).isEqualByComparingTo("60.00");
			assertThat(r.currency()).isEqualTo("EUR");
			assertThat(r.noticeHours()).isEqualTo(48);
		});
	}

	@Test
	void aRulingKeepsTheFirstDayOfTheVersionThatDecidedIt() throws Exception {
		this.policies.publish(this.therapist, new PolicyInput(48, new java.math.BigDecimal("60.00"),
				new java.math.BigDecimal("90.00"), "EUR", false, MakeUpRule.ALWAYS, null, null));
		this.policies.publish(this.therapist, new PolicyInput(24, new java.math.BigDecimal("80.00"),
				new java.math.BigDecimal("90.00"), "EUR", true, MakeUpRule.NONE, null, LocalDate.of(2027, 3, 31)));
		SessionView april2 = this.sessions.book(this.therapist, this.client.id(),
				new SessionRequest(Instant.parse("2027-04-02T16:00:00Z"), 50, SessionKind.REGULAR, null, null));
		this.clock.set(Instant.parse("2027-03-30T22:30:00Z"));

		CancellationRuling ruled = this.sessions.cancel(this.client, april2.id(), null);

		assertThat(ruled.policyVersion()).isEqualTo(2);
		assertThat(ruled.policyEffectiveFrom()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(this.sessions.session(this.therapist, april2.id()).cancellation().policyEffectiveFrom())
			.isEqualTo(LocalDate.of(2027, 3, 31));

		// A ruling stored before the column existed takes the day from the version it
		// names (the migration's fill).
		this.jdbc.update("update frame_session set policy_effective_from = null where id = ?", april2.id());
		assertThat(this.sessions.session(this.client, april2.id()).cancellation().policyEffectiveFrom()).isNull();
		this.jdbc.execute(migrationFill());
		assertThat(this.sessions.session(this.client, april2.id()).cancellation().policyEffectiveFrom())
			.isEqualTo(LocalDate.of(2027, 3, 31));
	}

	/** The update statement of V2026_12_04_1000, as Flyway runs it. */
	private static String migrationFill() throws java.io.IOException {
		String sql = new String(new org.springframework.core.io.ClassPathResource(
				"db/migration/common/sessions/V2026_12_04_1000__sessions_ruling_policy_effective_from.sql")
			.getInputStream()
			.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		String code = sql.lines().filter((l) -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
		return java.util.Arrays.stream(code.split(";"))
			.map(String::strip)
			.filter((s) -> s.startsWith("update"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aSecondBookingWaitsForTheFirstAndThenSeesItsOverlap() throws Exception {
		CurrentUser other = this.people.clientOf(this.therapist);
		Instant at = Instant.parse("2027-03-10T09:00:00Z");
		SessionRequest request = new SessionRequest(at, 50, SessionKind.REGULAR, null, null);
		java.util.concurrent.CountDownLatch firstBooked = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch commitFirst = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			// The first booking has checked and inserted but not committed yet.
			var first = pool.submit(() -> this.transactions.executeWithoutResult((tx) -> {
				this.sessions.book(this.therapist, this.client.id(), request);
				firstBooked.countDown();
				await(commitFirst);
			}));
			assertThat(firstBooked.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			var second = pool.submit(() -> {
				try {
					this.sessions.book(this.therapist, other.id(), request);
					return "booked";
				}
				catch (ConflictException ex) {
					return "conflict";
				}
			});
			// Without the calendar lock the second would not see the uncommitted first
			// and
			// book at once; with it, it is still waiting.
			assertThatThrownBy(() -> second.get(2, java.util.concurrent.TimeUnit.SECONDS))
				.isInstanceOf(java.util.concurrent.TimeoutException.class);
			commitFirst.countDown();
			first.get(30, java.util.concurrent.TimeUnit.SECONDS);
			assertThat(second.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("conflict");
		}
		finally {
			commitFirst.countDown();
			pool.shutdownNow();
		}
		assertThat(this.sessions.forUser(this.therapist, at.minusSeconds(3600), at.plusSeconds(3600))).singleElement()
			.satisfies((s) -> assertThat(s.clientId()).isEqualTo(this.client.id()));
	}

	private static void await(java.util.concurrent.CountDownLatch latch) {
		try {
			latch.await(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void endingAStandingAppointmentRemovesOnlyWhatIsStillToCome() {
		var made = this.sessions.standing(this.therapist, this.client.id(),
				weekly(DayOfWeek.TUESDAY, "10:00", "2027-03-01"));
		this.clock.set(Instant.parse("2027-03-10T08:00:00Z"));
		int removed = this.sessions.endStanding(this.therapist, made.appointment().id());
		assertThat(removed).isEqualTo(12 - 2);
		assertThat(all(this.client)).hasSize(2);
		this.clock.advance(Duration.ofDays(30));
		this.sessions.extendStandingAppointments();
		assertThat(all(this.client)).hasSize(2);
		assertThatThrownBy(() -> this.sessions.endStanding(this.people.therapist(), made.appointment().id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aSessionThatBeganCannotBeCancelled() {
		SessionView s = this.sessions.book(this.therapist, this.client.id(),
				new SessionRequest(MONDAY_1_MARCH_2027.plusSeconds(3600), 50, SessionKind.REGULAR, null, null));
		this.clock.set(MONDAY_1_MARCH_2027.plusSeconds(3600));
		assertThatThrownBy(() -> this.sessions.cancel(this.client, s.id(), null))
			.isInstanceOf(RuleViolationException.class);
		assertThat(this.sessions.session(this.client, s.id()).status()).isEqualTo(SessionStatus.SCHEDULED);
	}

}
