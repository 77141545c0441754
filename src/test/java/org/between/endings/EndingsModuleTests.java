package org.between.endings;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.journal.Journal;
import org.between.sessions.SessionStatus;
import org.between.sessions.SessionView;
import org.between.sessions.Sessions;
import org.between.sessions.Sessions.StandingRequest;
import org.between.sessions.Taper;
import org.between.shared.ConflictException;
import org.between.shared.InvalidInputException;
import org.between.shared.NotFoundException;
import org.between.shared.RuleViolationException;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Endings against a real database, on H2 and PostgreSQL (the subclasses): the notice by
 * the injected clock, the taper across a daylight-saving change, the link ending after
 * the last session, referrals and what the former therapist still sees.
 */
@ModuleTest
abstract class EndingsModuleTests {

	/** Monday 1 March 2027, 09:00 in Berlin; summer time begins on Sunday 28 March. */
	static final Instant MONDAY_1_MARCH_2027 = Instant.parse("2027-03-01T08:00:00Z");

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

	@Autowired
	Endings endings;

	@Autowired
	Referrals referrals;

	@Autowired
	Sessions sessions;

	@Autowired
	Journal journal;

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

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

	/** Mondays at 10:00 in Berlin from today, every {@code everyWeeks} weeks. */
	void mondays(int everyWeeks) {
		this.sessions.standing(this.therapist, this.client.id(),
				new StandingRequest(DayOfWeek.MONDAY, "10:00", 50, everyWeeks, TODAY, null, null));
	}

	Ending planned(LocalDate last, Taper taper) {
		return this.endings.propose(this.therapist, this.client.id(), new EndingRequest(EndingKind.PLANNED, last, null,
				"We have come a long way together.", taper, null, null));
	}

	List<SessionView> scheduled() {
		return this.sessions.history(this.client, null)
			.stream()
			.filter((s) -> s.status() == SessionStatus.SCHEDULED)
			.toList();
	}

	static Instant tenOClock(LocalDate day) {
		return ZonedDateTime.of(day, LocalTime.of(10, 0), BERLIN).toInstant();
	}

	@Test
	void aPlannedLastSession27DaysAwayIsRefusedWithTheEarliestDay() {
		mondays(1);
		assertThatThrownBy(() -> planned(TODAY.plusDays(27), null)).isInstanceOfSatisfying(EndingNoticeException.class,
				(ex) -> {
					assertThat(ex.earliest()).isEqualTo(TODAY.plusDays(28));
					assertThat(ex.properties()).containsEntry("earliestDate", "2027-03-29");
				});
		assertThat(this.endings.forClient(this.client)).isEmpty();
	}

	@Test
	void aPlannedLastSession28DaysAwayIsProposedAndTheClientSeesItAtOnce() {
		mondays(1);
		Ending ending = planned(TODAY.plusDays(28), null);
		assertThat(ending.noticeDays()).isEqualTo(28);
		assertThat(ending.sessionsLeft()).isEqualTo(5);
		Ending seen = this.endings.forClient(this.client).orElseThrow();
		assertThat(seen.sessionsLeft()).isEqualTo(5);
		assertThat(seen.soonerThanUsual()).isFalse();
		assertThat(seen.reason()).isEqualTo("We have come a long way together.");
		assertThat(this.jdbc.queryForObject("select count(*) from notify_outbox where recipient = ?", Integer.class,
				this.accounts.me(this.client).email()))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select reason_cipher from endings_ending where id = ?", String.class,
				ending.id()))
			.doesNotContain("long way");
	}

	@Test
	void aPlannedLastSession29DaysAwayIsProposed() {
		mondays(1);
		assertThat(planned(TODAY.plusDays(29), null).noticeDays()).isEqualTo(29);
	}

	@Test
	void threeSessionsBeforeTheLastDayAreTooFewFourAreEnough() {
		mondays(2); // 1, 15, 29 March, 12 April …
		assertThatThrownBy(() -> planned(LocalDate.of(2027, 4, 5), null))
			.isInstanceOfSatisfying(EndingNoticeException.class, (ex) -> {
				assertThat(ex.earliest()).isEqualTo(LocalDate.of(2027, 4, 12));
				assertThat(ex.properties()).containsEntry("sessionsBefore", 3);
			});
		assertThat(planned(LocalDate.of(2027, 4, 12), null).sessionsLeft()).isEqualTo(4);
	}

	@Test
	void aLastDayInThePastIsRefusedWithTheEarliestDay() {
		mondays(1);
		assertThatThrownBy(() -> planned(TODAY.minusDays(1), null)).isInstanceOfSatisfying(EndingNoticeException.class,
				(ex) -> assertThat(ex.earliest()).isEqualTo(TODAY.plusDays(28)));
	}

	@Test
	void theStandingAppointmentsEndOnTheLastDay() {
		mondays(1);
		planned(TODAY.plusDays(28), null);
		assertThat(scheduled()).extracting(SessionView::startsAt)
			.containsExactly(tenOClock(TODAY), tenOClock(TODAY.plusWeeks(1)), tenOClock(TODAY.plusWeeks(2)),
					tenOClock(TODAY.plusWeeks(3)), tenOClock(TODAY.plusWeeks(4)));
		this.clock.advance(Duration.ofDays(60));
		this.sessions.extendStandingAppointments();
		assertThat(scheduled()).hasSize(5);
	}

	@Test
	void aTaperReshapesTheStandingAppointmentsAcrossTheChangeToSummerTime() {
		mondays(1);
		Ending ending = planned(LocalDate.of(2027, 4, 26), new Taper(2, LocalDate.of(2027, 3, 15)));
		List<Instant> starts = scheduled().stream().map(SessionView::startsAt).toList();
		assertThat(starts).containsExactly(tenOClock(TODAY), tenOClock(LocalDate.of(2027, 3, 8)),
				tenOClock(LocalDate.of(2027, 3, 15)), tenOClock(LocalDate.of(2027, 3, 29)),
				tenOClock(LocalDate.of(2027, 4, 12)), tenOClock(LocalDate.of(2027, 4, 26)));
		// 10:00 on the clock both sides of 28 March: 09:00 UTC before, 08:00 UTC after.
		assertThat(starts.get(2)).isEqualTo(Instant.parse("2027-03-15T09:00:00Z"));
		assertThat(starts.get(3)).isEqualTo(Instant.parse("2027-03-29T08:00:00Z"));
		assertThat(ending.sessionsLeft()).isEqualTo(6);
		assertThat(ending.taperEveryWeeks()).isEqualTo(2);
	}

	@Test
	void aTaperLeavingFewerSessionsThanAgreedIsRefusedAndChangesNothing() {
		mondays(1);
		List<Instant> before = scheduled().stream().map(SessionView::startsAt).toList();
		assertThatThrownBy(() -> planned(TODAY.plusDays(28), new Taper(2, TODAY.plusDays(1))))
			.isInstanceOfSatisfying(RuleViolationException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("taper");
				assertThat(ex.properties()).containsEntry("sessionsLeft", 3).containsEntry("sessionsAgreed", 4);
			});
		assertThat(scheduled().stream().map(SessionView::startsAt).toList()).isEqualTo(before);
		assertThat(this.endings.forClient(this.client)).isEmpty();
	}

	@Test
	void badFieldsAreListedAndChangeNothing() {
		assertThatThrownBy(() -> this.endings.propose(this.therapist, this.client.id(),
				new EndingRequest(EndingKind.UNPLANNED, null, null, " ", new Taper(3, TODAY.minusDays(1)), 40, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting((p) -> p.field())
						.contains("lastSessionDate", "reason", "unplannedReason", "taper.everyWeeks", "taper.from",
								"followUpWeeks"));
	}

	@Test
	void anUnplannedEndingNeedsAReferralAndSaysWhyItIsSooner() {
		mondays(1);
		EndingRequest soon = new EndingRequest(EndingKind.UNPLANNED, TODAY.plusDays(7), UnplannedReason.MOVING,
				"I am moving to another city for family reasons.", null, null, null);
		assertThatThrownBy(() -> this.endings.propose(this.therapist, this.client.id(), soon)).isInstanceOfSatisfying(
				RuleViolationException.class, (ex) -> assertThat(ex.field()).isEqualTo("referrals"));
		Ending ending = this.endings.propose(this.therapist, this.client.id(),
				new EndingRequest(soon.kind(), soon.lastSessionDate(), soon.unplannedReason(), soon.reason(), null,
						null, List.of(new ReferralRequest("Dr Rosa Lee", "030 1234 5678", "She works with anxiety."))));
		Ending seen = this.endings.forClient(this.client).orElseThrow();
		assertThat(seen.soonerThanUsual()).isTrue();
		assertThat(seen.unplannedReason()).isEqualTo(UnplannedReason.MOVING);
		assertThat(seen.sessionsLeft()).isEqualTo(2);
		assertThat(this.referrals.own(this.client)).singleElement().satisfies((r) -> {
			assertThat(r.endingId()).isEqualTo(ending.id());
			assertThat(r.status()).isEqualTo(ReferralStatus.SUGGESTED);
		});
		assertThatThrownBy(() -> this.endings.propose(this.therapist, this.client.id(), soon))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void onlyTheLinkedTherapistProposesOrReads() {
		CurrentUser other = this.people.therapist();
		assertThatThrownBy(() -> this.endings.propose(other, this.client.id(),
				new EndingRequest(EndingKind.PLANNED, TODAY.plusDays(30), null, "reason", null, null, null)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.endings.ofClient(other, this.client.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.endings.ofClient(this.therapist, this.people.client().id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void askingToTalkAboutItPutsItOnTheAgendaOnceWithoutAnIntensity() {
		mondays(1);
		planned(TODAY.plusDays(28), null);
		Ending asked = this.endings.discuss(this.client);
		this.endings.discuss(this.client);
		assertThat(asked.discussRequestedAt()).isNotNull();
		assertThat(this.journal.ownAgenda(this.client)).singleElement().satisfies((e) -> {
			assertThat(e.body()).isEqualTo("I would like to talk about the ending.");
			assertThat(e.intensity()).isNull();
			assertThat(e.shareWithTherapist()).isFalse();
		});
		assertThat(this.endings.ofClient(this.therapist, this.client.id()).orElseThrow().discussRequestedAt())
			.isNotNull();
	}

	@Test
	void afterTheLastSessionIsRecordedTheLinkEnds() {
		mondays(1);
		planned(TODAY.plusDays(28), null);
		SessionView last = scheduled().get(4);
		this.clock.set(last.endsAt().plusSeconds(60));
		this.sessions.ended(this.therapist, last.id());
		assertThatThrownBy(() -> this.links.requireLinkedClient(this.therapist, this.client.id()))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.endings.forClient(this.client).orElseThrow().closedAt()).isNotNull();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where subject_id = ? and action = 'LINK_ENDED'", Integer.class,
				this.client.id()))
			.isEqualTo(1);
		assertThat(this.links.therapistOf(this.client)).isEmpty();
		// the client can link with someone new
		CurrentUser next = this.people.therapist();
		String code = this.links.invite(next, new ClientLinks.InvitationRequest(null)).code();
		this.links.accept(this.client, code, "192.0.2.77");
		assertThat(this.links.therapistOf(this.client)).isPresent();
	}

	@Test
	void aSessionHeldBeforeTheLastLeavesTheLinkAsItIs() {
		mondays(1);
		planned(TODAY.plusDays(28), null);
		SessionView first = scheduled().get(0);
		this.clock.set(first.endsAt().plusSeconds(60));
		this.sessions.ended(this.therapist, first.id());
		assertThat(this.links.requireLinkedClient(this.therapist, this.client.id())).isNotNull();
	}

	@Test
	void theHourlyRoundClosesAnEndingWhoseLastDayIsOver() {
		mondays(1);
		planned(TODAY.plusDays(28), null);
		this.clock.set(tenOClock(TODAY.plusDays(28)).minusSeconds(3600));
		this.endings.closeDue();
		assertThat(this.links.requireLinkedClient(this.therapist, this.client.id())).isNotNull();
		this.clock.set(tenOClock(TODAY.plusDays(29)));
		assertThat(this.endings.closeDue()).isGreaterThanOrEqualTo(1);
		assertThatThrownBy(() -> this.links.requireLinkedClient(this.therapist, this.client.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void referralStatusesMoveForwardForBothAndTheClientChoosesWhatStaysVisible() {
		mondays(1);
		Referral kept = this.referrals.suggest(this.therapist, this.client.id(),
				new ReferralRequest("Dr Rosa Lee", "030 1234", "Warm and direct."));
		Referral hidden = this.referrals.suggest(this.therapist, this.client.id(),
				new ReferralRequest("Group on Tuesdays", null, null));
		assertThat(this.jdbc.queryForObject("select name_cipher from endings_referral where id = ?", String.class,
				kept.id()))
			.doesNotContain("Rosa");
		assertThat(this.referrals.update(this.client, kept.id(), new ReferralChange(ReferralStatus.CONTACTED, null))
			.status()).isEqualTo(ReferralStatus.CONTACTED);
		assertThatThrownBy(() -> this.referrals.update(this.therapist, kept.id(),
				new ReferralChange(ReferralStatus.SUGGESTED, null)))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> this.referrals.update(this.therapist, kept.id(), new ReferralChange(null, true)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.referrals.update(this.people.client(), kept.id(),
				new ReferralChange(ReferralStatus.DECLINED, null)))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.referrals.openOnHome(this.therapist)).hasSize(2);
		this.referrals.update(this.therapist, kept.id(), new ReferralChange(ReferralStatus.FIRST_SESSION_HELD, null));
		assertThatThrownBy(
				() -> this.referrals.update(this.client, kept.id(), new ReferralChange(ReferralStatus.DECLINED, null)))
			.isInstanceOf(RuleViolationException.class);
		assertThat(this.referrals.openOnHome(this.therapist)).extracting(Referrals.OpenOnHome::id)
			.containsExactly(hidden.id());
		this.referrals.update(this.client, kept.id(), new ReferralChange(null, true));

		planned(TODAY.plusDays(28), null);
		this.clock.set(tenOClock(TODAY.plusDays(29)));
		this.endings.closeDue();

		assertThat(this.referrals.former(this.therapist)).singleElement().satisfies((f) -> {
			assertThat(f.id()).isEqualTo(kept.id());
			assertThat(f.status()).isEqualTo(ReferralStatus.FIRST_SESSION_HELD);
			assertThat(f.clientName()).isEqualTo(this.client.displayName());
		});
		assertThatThrownBy(() -> this.referrals.update(this.therapist, hidden.id(),
				new ReferralChange(ReferralStatus.CONTACTED, null)))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.referrals.forTherapist(this.therapist)).isEmpty();
		assertThat(this.referrals.openOnHome(this.therapist)).isEmpty();
		// the client keeps everything and may still move it on
		this.referrals.update(this.client, hidden.id(), new ReferralChange(ReferralStatus.CONTACTED, null));
		assertThat(this.referrals.own(this.client)).hasSize(2);
		this.referrals.update(this.client, kept.id(), new ReferralChange(null, false));
		assertThat(this.referrals.former(this.therapist)).isEmpty();
	}

	@Test
	void theConsistencyRecordCountsEndingsAndReferrals() {
		mondays(1);
		planned(TODAY.plusDays(28), null);
		this.referrals.suggest(this.therapist, this.client.id(), new ReferralRequest("Dr Lee", null, null));
		EndingsRecord record = this.endings.recordOf(this.therapist, TODAY.atStartOfDay(BERLIN).toInstant(),
				this.clock.instant().plusSeconds(60));
		assertThat(record.endings()).isEqualTo(1);
		assertThat(record.unplanned()).isZero();
		assertThat(record.shortestNoticeDays()).isEqualTo(28);
		assertThat(record.referrals()).isEqualTo(1);
		assertThat(record.referralsClosed()).isZero();
	}

	UUID id() {
		return UUID.randomUUID();
	}

}
