package org.between.brief;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.between.absences.Absence;
import org.between.absences.AbsenceRequest;
import org.between.absences.Absences;
import org.between.accounts.Accounts;
import org.between.accounts.AuditEntry;
import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.ClientLinks.ColleagueRequest;
import org.between.accounts.CurrentUser;
import org.between.accounts.Sharing;
import org.between.accounts.SharingChoice.Category;
import org.between.brief.BriefSummary.RiskFlag;
import org.between.brief.BriefSummary.Trend;
import org.between.brief.Briefs.AfterAbsence;
import org.between.brief.Briefs.PreSessionBrief;
import org.between.brief.Briefs.SinceBasis;
import org.between.checkin.Checkins;
import org.between.checkin.NewCheckin;
import org.between.sessions.SessionKind;
import org.between.sessions.SessionView;
import org.between.sessions.Sessions;
import org.between.sessions.Sessions.SessionRequest;
import org.between.journal.Journal;
import org.between.journal.JournalEntry;
import org.between.journal.NewJournalEntry;
import org.between.measures.Measures;
import org.between.measures.ReliableChange;
import org.between.shared.NotFoundException;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.between.toolbox.Toolbox;
import org.between.toolbox.Toolbox.NewPractice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The brief against a real database; run on H2 and on PostgreSQL by the subclasses. */
@ModuleTest
abstract class BriefModuleTests {

	static final UUID BREATHING = UUID.fromString("423b309d-f53b-4253-a2e2-ad54855b7b66");

	@Autowired
	Briefs briefs;

	@Autowired
	Sessions sessions;

	@Autowired
	Checkins checkins;

	@Autowired
	Journal journal;

	@Autowired
	Measures measures;

	@Autowired
	Toolbox toolbox;

	@Autowired
	AuditLog audit;

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	MutableClock clock;

	@Autowired
	Absences absences;

	@Autowired
	Sharing sharing;

	ModulePeople people;

	/** "Now" of the brief in each test. */
	Instant t;

	@BeforeEach
	void setUp() {
		this.t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		this.clock.set(this.t);
		this.people = new ModulePeople(this.accounts, this.links, this.clock);
	}

	Instant days(double d) {
		return this.t.plus(Duration.ofMinutes(Math.round(d * 24 * 60)));
	}

	SessionView book(CurrentUser therapist, CurrentUser client, Instant at) {
		return this.sessions.book(therapist, client.id(), new SessionRequest(at, 50, SessionKind.REGULAR, null, null));
	}

	void checkin(CurrentUser client, Instant at, int mood, int distress, Map<String, Integer> urges) {
		this.checkins.record(client,
				new NewCheckin(at.toString(), mood, distress, null, urges, null, null, "a private note"));
	}

	@Test
	void everythingSinceTheLastHeldSessionInOneReadLoggedOnce() {
		this.clock.set(days(-20));
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.sharingClientOf(therapist);
		SessionView held = book(therapist, client, days(-7));
		SessionView missed = book(therapist, client, days(-4));
		SessionView next = book(therapist, client, days(2));

		this.clock.set(days(-9));
		JournalEntry old = this.journal.write(client, new NewJournalEntry("Old entry", "old body", 3, false, true));
		this.clock.set(days(-8));
		this.measures.respond(client, "PHQ9", List.of(2, 2, 2, 2, 2, 2, 2, 1, 0)); // 15
		this.clock.set(days(-7).plus(Duration.ofHours(1)));
		this.sessions.attendance(therapist, held.id(), days(-7), days(-7).plus(Duration.ofMinutes(50)));
		// before the last session: not part of the brief
		checkin(client, days(-7).minus(Duration.ofHours(2)), 0, 10, Map.of("SELF_HARM", 5));

		int[] moods = { 3, 3, 4, 4, 5, 5 };
		int[] distress = { 8, 7, 6, 5, 4, 3 };
		for (int i = 0; i < 6; i++) {
			this.clock.set(days(-6 + i));
			checkin(client, days(-6 + i), moods[i], distress[i],
					(i == 1) ? Map.of("SUICIDAL_THOUGHTS", 2, "SELF_HARM", 1) : Map.of("QUIT_THERAPY", i % 3));
			if (i == 2) {
				this.measures.respond(client, "PHQ9", List.of(1, 1, 1, 1, 1, 1, 1, 0, 1)); // 8,
																							// item
																							// 9
				this.toolbox.practise(client, BREATHING, new NewPractice(8, 4, null, 5, "my own note"));
				this.sessions.noShow(therapist, missed.id());
			}
		}
		this.clock.set(days(-1));
		JournalEntry shared = this.journal.write(client,
				new NewJournalEntry("About my sister", "shared body", 7, true, true));
		this.journal.write(client, new NewJournalEntry("Private", "private body", 5, true, false));

		this.clock.set(this.t);
		long before = this.audit.about(client.id(), 1000).size();
		PreSessionBrief brief = this.briefs.brief(therapist, next.id());

		assertThat(brief.since()).isEqualTo(days(-7));
		assertThat(brief.sinceBasis()).isEqualTo(SinceBasis.LAST_HELD_SESSION);
		assertThat(brief.until()).isEqualTo(this.t);
		assertThat(brief.clientId()).isEqualTo(client.id());
		assertThat(brief.checkins().count()).isEqualTo(6);
		assertThat(brief.checkins().distress().trend()).isEqualTo(Trend.DOWN);
		assertThat(brief.checkins().distress().firstHalfMean()).isEqualTo(7.0);
		assertThat(brief.checkins().distress().secondHalfMean()).isEqualTo(4.0);
		assertThat(brief.checkins().mood().trend()).isEqualTo(Trend.UP);
		assertThat(brief.checkins().highestUrges()).extracting((p) -> p.urge().name() + "=" + p.rating())
			.containsExactly("SELF_HARM=1", "SUICIDAL_THOUGHTS=2", "QUIT_THERAPY=2");
		assertThat(brief.riskFlags()).extracting(RiskFlag::source)
			.containsExactly(RiskFlag.Source.PHQ9_ITEM_9, RiskFlag.Source.CHECKIN);
		assertThat(brief.riskFlags().get(1).at()).isEqualTo(days(-5));
		assertThat(brief.agenda()).hasSize(2);
		assertThat(brief.agenda()).filteredOn((a) -> !a.shared()).singleElement().satisfies((a) -> {
			assertThat(a.title()).isNull();
		});
		assertThat(brief.sharedJournal()).singleElement().satisfies((e) -> {
			assertThat(e.id()).isEqualTo(shared.id());
			assertThat(e.title()).isEqualTo("About my sister");
		});
		assertThat(brief.measures()).singleElement().satisfies((m) -> {
			assertThat(m.score()).isEqualTo(8);
			assertThat(m.change()).isEqualTo(-7);
			assertThat(m.reliableChange()).isEqualTo(ReliableChange.LOWER);
		});
		assertThat(brief.skills()).singleElement().satisfies((s) -> {
			assertThat(s.skillId()).isEqualTo(BREATHING);
			assertThat(s.meanDrop()).isEqualTo(4.0);
		});
		assertThat(brief.frameEvents()).singleElement().satisfies((e) -> {
			assertThat(e.type()).isEqualTo("SESSION_NO_SHOW");
			assertThat(e.sessionId()).isEqualTo(missed.id());
			assertThat(e.at()).isEqualTo(days(-4));
		});
		assertThat(brief.messages()).as("no messages were written").isEmpty();

		List<AuditEntry> rows = this.audit.about(client.id(), 1000);
		assertThat(rows).hasSize((int) before + 1);
		assertThat(rows.get(0).action()).isEqualTo("BRIEF_READ");
		assertThat(rows.get(0).itemType()).isEqualTo("SESSION");
		assertThat(rows.get(0).itemId()).isEqualTo(next.id().toString());
		assertThat(rows.get(0).actorId()).isEqualTo(therapist.id());
		// listing titles is not reading: no read receipt for the client
		assertThat(this.journal.reads(client, shared.id())).isEmpty();
		assertThat(this.journal.reads(client, old.id())).isEmpty();
	}

	@Test
	void withoutAHeldSessionTheBriefStartsWhenTheClientLinked() {
		CurrentUser therapist = this.people.therapist();
		this.clock.set(days(-3));
		CurrentUser client = this.people.sharingClientOf(therapist);
		SessionView next = book(therapist, client, days(1));
		this.clock.set(this.t);
		PreSessionBrief brief = this.briefs.brief(therapist, next.id());
		assertThat(brief.sinceBasis()).isEqualTo(SinceBasis.LINKED);
		assertThat(brief.since()).isBetween(days(-3).minusSeconds(1), days(-3).plusSeconds(1));
		assertThat(brief.checkins().count()).isZero();
		assertThat(brief.checkins().distress()).isNull();
		assertThat(brief.riskFlags()).isEmpty();
	}

	@Test
	void theBriefReachesBackNinetyDaysAtMost() {
		this.clock.set(days(-200));
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.clientOf(therapist);
		this.clock.set(this.t);
		SessionView next = book(therapist, client, days(1));
		PreSessionBrief brief = this.briefs.brief(therapist, next.id());
		assertThat(brief.sinceBasis()).isEqualTo(SinceBasis.LOOKBACK_LIMIT);
		assertThat(brief.since()).isEqualTo(days(-90));
	}

	@Test
	void aPastSessionsBriefEndsAtItsStart() {
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.clientOf(therapist);
		SessionView past = book(therapist, client, days(-2));
		PreSessionBrief brief = this.briefs.brief(therapist, past.id());
		assertThat(brief.until()).isEqualTo(days(-2));
	}

	@Test
	void onlyTheSessionsOwnTherapistGetsItAndNobodyElsesAttemptIsLogged() {
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.clientOf(therapist);
		CurrentUser other = this.people.therapist();
		this.people.clientOf(other);
		SessionView next = book(therapist, client, days(1));
		int before = this.audit.about(client.id(), 1000).size();
		assertThatThrownBy(() -> this.briefs.brief(other, next.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.briefs.brief(client, next.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.briefs.brief(therapist, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
		assertThat(this.audit.about(client.id(), 1000)).hasSize(before);
	}

	/**
	 * A check-in at {@code at}, recorded then (check-ins may be dated back a week only).
	 */
	void checkinThen(CurrentUser client, Instant at, int distress, Map<String, Integer> urges) {
		this.clock.set(at);
		checkin(client, at, 5, distress, urges);
	}

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static LocalDate berlinDay(Instant at) {
		return LocalDate.ofInstant(at, BERLIN);
	}

	@Test
	void afterTimeAwayTheBriefSaysSoAndCountsOnlyTheCheckinsInsideItsDays() {
		this.clock.set(days(-30));
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.sharingClientOf(therapist);
		SessionView held = book(therapist, client, days(-30.5));
		SessionView next = book(therapist, client, days(2));
		LocalDate first = berlinDay(days(-30)).plusDays(16);
		Absence away = this.absences.announce(therapist,
				new AbsenceRequest(first, first.plusDays(11), null, null, "I'm here.", false));
		Instant starts = away.startsAt();
		Instant ends = away.endsAt();

		checkinThen(client, starts.minusSeconds(60), 9, Map.of()); // the minute before:
																	// outside
		checkinThen(client, starts, 2, Map.of()); // its first moment: inside
		checkinThen(client, starts.plus(Duration.ofDays(5)), 4, Map.of("SUICIDAL_THOUGHTS", 2));
		checkinThen(client, ends.minusSeconds(60), 6, Map.of()); // its last minute:
																	// inside
		checkinThen(client, ends, 5, Map.of()); // the day after: outside
		this.clock.set(this.t);

		PreSessionBrief brief = this.briefs.brief(therapist, next.id());
		assertThat(brief.since()).isEqualTo(held.startsAt());
		// By hand: inside 2, 4 and 6 → 3 check-ins, mean 4.0; in the whole window 5, mean
		// (9 + 2 + 4 + 6 + 5) / 5 = 5.2.
		assertThat(brief.checkins().count()).isEqualTo(5);
		assertThat(brief.checkins().distress().mean()).isEqualTo(5.2);
		assertThat(brief.absence()).satisfies((a) -> {
			assertThat(a.absenceId()).isEqualTo(away.id());
			assertThat(a.startDate()).isEqualTo(first);
			assertThat(a.endDate()).isEqualTo(first.plusDays(11));
			assertThat(a.days()).isEqualTo(12);
			assertThat(a.ongoing()).isFalse();
			assertThat(a.coverName()).isNull();
			assertThat(a.checkins()).isEqualTo(3);
			assertThat(a.meanDistress()).isEqualTo(4.0);
			assertThat(a.riskFlags()).singleElement().satisfies((f) -> {
				assertThat(f.at()).isEqualTo(starts.plus(Duration.ofDays(5)));
				assertThat(f.suicidalThoughts()).isEqualTo(2);
			});
		});
		assertThat(brief.frameEvents()).filteredOn((e) -> e.type().equals("ABSENCE")).singleElement().satisfies((e) -> {
			assertThat(e.absenceId()).isEqualTo(away.id());
			assertThat(e.at()).isEqualTo(starts);
			assertThat(e.firstDay()).isEqualTo(first);
			assertThat(e.lastDay()).isEqualTo(first.plusDays(11));
			assertThat(e.upcoming()).isFalse();
		});

		// Risk flags only: no count or mean of the check-ins, the flag stays.
		this.sharing.change(client, Category.CHECKINS, false);
		AfterAbsence flagsOnly = this.briefs.brief(therapist, next.id()).absence();
		assertThat(flagsOnly.checkins()).isNull();
		assertThat(flagsOnly.meanDistress()).isNull();
		assertThat(flagsOnly.riskFlags()).hasSize(1);
		// Nothing shared: the dates are the therapist's own, the rest is not read.
		this.sharing.change(client, Category.RISK_FLAGS, false);
		AfterAbsence nothing = this.briefs.brief(therapist, next.id()).absence();
		assertThat(nothing.days()).isEqualTo(12);
		assertThat(nothing.checkins()).isNull();
		assertThat(nothing.riskFlags()).isEmpty();
	}

	@Test
	void timeAwayStillGoingOnCountsItsDaysSoFarAndTimeAwayAheadIsAnUpcomingFrameEvent() {
		this.clock.set(days(-20));
		CurrentUser therapist = this.people.therapist();
		CurrentUser lee = this.people.therapist();
		this.links.addColleague(therapist, new ColleagueRequest(this.accounts.me(lee).email()));
		CurrentUser client = this.people.sharingClientOf(therapist);
		book(therapist, client, days(-20.5));
		SessionView next = book(therapist, client, days(12));
		LocalDate first = berlinDay(days(-20)).plusDays(14);
		Absence now = this.absences.announce(therapist,
				new AbsenceRequest(first, first.plusDays(11), lee.id(), "Call the practice", null, false));
		Absence ahead = this.absences.announce(therapist,
				new AbsenceRequest(first.plusDays(30), first.plusDays(34), null, null, null, false));
		Absence withdrawn = this.absences.announce(therapist,
				new AbsenceRequest(first.plusDays(40), first.plusDays(41), null, null, null, false));
		this.absences.withdraw(therapist, withdrawn.id());
		checkinThen(client, days(-1), 3, Map.of());
		this.clock.set(this.t);

		PreSessionBrief brief = this.briefs.brief(therapist, next.id());
		assertThat(brief.absence().absenceId()).isEqualTo(now.id());
		assertThat(brief.absence().ongoing()).isTrue();
		assertThat(brief.absence().coverName()).isEqualTo("Test therapist");
		assertThat(brief.absence().checkins()).isEqualTo(1);
		assertThat(brief.absence().meanDistress()).isEqualTo(3.0);
		assertThat(brief.frameEvents()).filteredOn((e) -> e.type().equals("ABSENCE"))
			.extracting((e) -> e.absenceId() + " " + e.upcoming())
			.containsExactly(now.id() + " false", ahead.id() + " true");
	}

	@Test
	void withoutTimeAwaySinceTheLastHeldSessionThereIsNoAbsenceBlock() {
		this.clock.set(days(-20));
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.sharingClientOf(therapist);
		LocalDate first = berlinDay(days(-20)).plusDays(14);
		// Away before the last held session (booked later, held after it): nothing to
		// say.
		this.absences.announce(therapist, new AbsenceRequest(first, first.plusDays(2), null, null, null, false));
		SessionView next = book(therapist, client, days(5));
		this.clock.set(this.t);
		book(therapist, client, days(-1));
		assertThat(this.briefs.brief(therapist, next.id()).absence()).isNull();
		// Without any held session there is no "last session" either.
		CurrentUser newClient = this.people.sharingClientOf(therapist);
		SessionView first1 = book(therapist, newClient, days(3));
		assertThat(this.briefs.brief(therapist, first1.id()).absence()).isNull();
	}

}
