package org.between.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.sessions.Sessions.SessionRequest;
import org.between.shared.ConflictException;
import org.between.shared.InvalidInputException;
import org.between.shared.NotFoundException;
import org.between.shared.RuleViolationException;
import org.between.shared.TextCipher;
import org.between.shared.TextCiphers;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.between.toolbox.Situation;
import org.between.toolbox.Toolbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 18 against a real database (H2 and PostgreSQL by the subclasses): "I'm running
 * late" and its window, its effect on punctuality; the bridge note's lifetime and its
 * encryption; the landing's six hours.
 */
@ModuleTest
abstract class TheHourModuleTests {

	static final Instant START = Instant.parse("2027-03-04T17:00:00Z");

	@Autowired
	Sessions sessions;

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	MutableClock clock;

	@Autowired
	BridgeNotes notes;

	@Autowired
	RunningLateReminders lateReminders;

	@Autowired
	AfterSession after;

	@Autowired
	Toolbox toolbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TextCipher cipher;

	@Autowired
	TransactionTemplate transactions;

	ModulePeople people;

	CurrentUser therapist;

	CurrentUser client;

	@BeforeEach
	void setUp() {
		this.clock.set(START.minus(Duration.ofDays(3)));
		this.people = new ModulePeople(this.accounts, this.links, this.clock);
		this.therapist = this.people.therapist();
		this.client = this.people.clientOf(this.therapist);
	}

	SessionView book(Instant startsAt) {
		return this.sessions.book(this.therapist, this.client.id(),
				new SessionRequest(startsAt, 50, SessionKind.REGULAR, null, null));
	}

	@Test
	void runningLateIsAcceptedFromThirtyMinutesBeforeTheStartUntilThirtyAfter() {
		SessionView session = book(START);
		this.clock.set(START.minus(Duration.ofMinutes(31)));
		assertThatThrownBy(() -> this.sessions.runningLate(this.therapist, session.id(), 10, true))
			.isInstanceOf(RuleViolationException.class);
		assertThat(this.sessions.session(this.client, session.id()).runningLate()).isNull();
		this.clock.set(START.minus(Duration.ofMinutes(30)));
		assertThat(this.sessions.runningLate(this.therapist, session.id(), 10, true).runningLate())
			.isEqualTo(new RunningLate(10, true, START.minus(Duration.ofMinutes(30))));
		this.clock.set(START.plus(Duration.ofMinutes(30)));
		assertThat(this.sessions.runningLate(this.therapist, session.id(), 20, false).runningLate())
			.isEqualTo(new RunningLate(20, false, START.plus(Duration.ofMinutes(30))));
		this.clock.set(START.plus(Duration.ofMinutes(31)));
		assertThatThrownBy(() -> this.sessions.runningLate(this.therapist, session.id(), 30, true))
			.isInstanceOf(RuleViolationException.class);
		assertThat(this.sessions.session(this.client, session.id()).runningLate().minutes()).isEqualTo(20);
	}

	@Test
	void onlyTheSessionsTherapistSaysItAndOnlyWithTheOfferedMinutes() {
		SessionView session = book(START);
		this.clock.set(START.minus(Duration.ofMinutes(10)));
		CurrentUser other = this.people.therapist();
		assertThatThrownBy(() -> this.sessions.runningLate(other, session.id(), 10, true))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.sessions.runningLate(this.client, session.id(), 10, true))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.sessions.runningLate(this.therapist, session.id(), 7, null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting((p) -> p.field())
						.containsExactly("minutes", "fullLength"));
		this.sessions.started(this.therapist, session.id());
		assertThatThrownBy(() -> this.sessions.runningLate(this.therapist, session.id(), 10, true))
			.isInstanceOf(ConflictException.class);
		assertThat(this.sessions.session(this.client, session.id()).runningLate()).isNull();
	}

	@Test
	void itsReminderSourceReportsTheClientOnceSaidAndNotOnceBegun() {
		SessionView session = book(START);
		this.clock.set(START.minus(Duration.ofMinutes(5)));
		Instant from = this.clock.instant().minus(Duration.ofDays(1));
		Instant to = this.clock.instant().plus(Duration.ofHours(72));
		assertThat(this.lateReminders.due(from, to)).noneMatch((d) -> d.userId().equals(this.client.id()));
		this.sessions.runningLate(this.therapist, session.id(), 15, false);
		assertThat(this.lateReminders.due(from, to)).filteredOn((d) -> d.userId().equals(this.client.id()))
			.singleElement()
			.satisfies((d) -> {
				assertThat(d.at()).isEqualTo(START.minus(Duration.ofMinutes(5)));
				assertThat(d.until()).isEqualTo(START.plus(Duration.ofMinutes(15)));
				assertThat(d.path()).isEqualTo("/sessions/" + session.id());
			});
		assertThat(this.lateReminders.due(from, to)).noneMatch((d) -> d.userId().equals(this.therapist.id()));
		assertThat(this.lateReminders.offeredTo(this.client)).isTrue();
		assertThat(this.lateReminders.offeredTo(this.therapist)).isFalse();
		this.clock.set(START.plus(Duration.ofMinutes(15)));
		this.sessions.started(this.therapist, session.id());
		assertThat(this.lateReminders.due(from, to)).noneMatch((d) -> d.userId().equals(this.client.id()));
	}

	@Test
	void theClientSeesItOnlyWhileTheyAreWaiting() {
		SessionView session = book(START);
		this.clock.set(START.minus(Duration.ofMinutes(5)));
		assertThat(this.sessions.runningLateNow(this.client)).isEmpty();
		this.sessions.runningLate(this.therapist, session.id(), 10, true);
		assertThat(this.sessions.runningLateNow(this.client)).map(SessionView::id).contains(session.id());
		assertThat(this.sessions.runningLateNow(this.therapist)).isEmpty();
		this.clock.set(START.plus(Duration.ofMinutes(11)));
		this.sessions.started(this.therapist, session.id());
		assertThat(this.sessions.runningLateNow(this.client)).isEmpty();
	}

	/**
	 * Three held sessions of 50 minutes, by hand: A said "10 minutes, full length",
	 * started 10 late and kept its 50 minutes; B said "15 minutes, not full length",
	 * started 15 late and ended on time (15 lost); C said nothing, started 10 late and
	 * ended 6 early (16 lost, ended early); D said "full length" but was cut short by 20.
	 */
	@Test
	void announcedAndUnannouncedLateStartsAreCountedApartAndTheFullLengthCounts() {
		Instant a = START;
		Instant b = START.plus(Duration.ofDays(1));
		Instant c = START.plus(Duration.ofDays(2));
		Instant d = START.plus(Duration.ofDays(3));
		SessionView sa = book(a);
		SessionView sb = book(b);
		SessionView sc = book(c);
		SessionView sd = book(d);
		this.clock.set(a.minus(Duration.ofMinutes(20)));
		this.sessions.runningLate(this.therapist, sa.id(), 10, true);
		this.clock.set(b.minus(Duration.ofMinutes(5)));
		this.sessions.runningLate(this.therapist, sb.id(), 15, false);
		this.clock.set(d.minus(Duration.ofMinutes(1)));
		this.sessions.runningLate(this.therapist, sd.id(), 5, true);
		this.clock.set(d.plus(Duration.ofHours(3)));
		this.sessions.attendance(this.therapist, sa.id(), a.plus(min(10)), a.plus(min(60)));
		this.sessions.attendance(this.therapist, sb.id(), b.plus(min(15)), b.plus(min(50)));
		this.sessions.attendance(this.therapist, sc.id(), c.plus(min(10)), c.plus(min(44)));
		this.sessions.attendance(this.therapist, sd.id(), d.plus(min(6)), d.plus(min(36)));
		Punctuality p = this.sessions.punctuality(this.client, null);
		assertThat(p.held()).isEqualTo(4);
		assertThat(p.recorded()).isEqualTo(4);
		assertThat(p.startedLate()).isEqualTo(4);
		assertThat(p.startedLateAnnounced()).isEqualTo(3);
		assertThat(p.startedLateUnannounced()).isEqualTo(1);
		assertThat(p.cutShort()).isEqualTo(3);
		assertThat(p.endedEarly()).isEqualTo(2);
		assertThat(p.fullLengthNotKept()).isEqualTo(1);
		assertThat(p.minutesLost()).isEqualTo(0 + 15 + 16 + 20);
		assertThat(this.sessions.punctuality(this.therapist, null)).isEqualTo(p);
	}

	SessionView held(Instant startsAt) {
		SessionView session = book(startsAt);
		this.clock.set(startsAt.plus(min(50)));
		return this.sessions.attendance(this.therapist, session.id(), startsAt, startsAt.plus(min(50)));
	}

	@Test
	void theBridgeNoteLastsUntilTheNextHeldSessionAndIsStoredEncrypted() {
		SessionView first = book(START);
		SessionView second = book(START.plus(Duration.ofDays(7)));
		this.clock.set(START.plus(min(50)));
		assertThatThrownBy(() -> this.notes.write(this.therapist, first.id(), "Too soon", null))
			.isInstanceOf(ConflictException.class);
		this.sessions.attendance(this.therapist, first.id(), START, START.plus(min(50)));
		UUID breathing = this.toolbox.skills(this.client).get(0).id();
		BridgeNote note = this.notes.write(this.therapist, first.id(), "  The pause before you answer is yours.  ",
				breathing);
		assertThat(note.note()).isEqualTo("The pause before you answer is yours.");
		assertThat(note.skillName()).isEqualTo(this.toolbox.skills(this.client).get(0).name());
		String stored = this.jdbc.queryForObject("select note_cipher from sessions_bridge_note where id = ?",
				String.class, note.id());
		assertThat(stored).doesNotContain("pause");
		assertThat(this.notes.current(this.client)).map(BridgeNote::id).contains(note.id());
		assertThat(this.notes.current(this.therapist)).isEmpty();

		this.clock.set(second.startsAt().minus(min(1)));
		assertThat(this.notes.current(this.client)).isPresent();
		this.clock.set(second.startsAt().plus(min(1)));
		assertThat(this.notes.current(this.client)).as("the next session is not held yet").isPresent();
		this.sessions.started(this.therapist, second.id());
		assertThat(this.notes.current(this.client)).as("the next session is held").isEmpty();
		assertThat(this.notes.ofClient(this.links.requireLinkedClient(this.therapist, this.client.id())))
			.extracting(BridgeNote::note)
			.containsExactly("The pause before you answer is yours.");
	}

	@Test
	void bridgeNotesAreReencryptedAfterAKeyRotation() {
		SessionView session = held(START);
		BridgeNote note = this.notes.write(this.therapist, session.id(), "Carry this one.", null);
		var keyset = TextCiphers.rotate(TextCiphers.keyset(this.cipher));
		BridgeNoteStore underNewKey = new BridgeNoteStore(JdbcClient.create(this.jdbc), TextCiphers.of(keyset));
		assertThat(TextCiphers.reencryptAll(underNewKey, this.transactions)).isPositive();
		assertThat(underNewKey.find(note.id()).orElseThrow().note()).isEqualTo("Carry this one.");
		TextCipher back = TextCiphers.of(TextCiphers.primary(keyset, this.cipher.primaryKeyId()));
		TextCiphers.reencryptAll(new BridgeNoteStore(JdbcClient.create(this.jdbc), back), this.transactions);
		assertThat(this.notes.current(this.client).orElseThrow().note()).isEqualTo("Carry this one.");
	}

	@Test
	void aBridgeNoteIsTheSessionTherapistsAndKeptOnlyByItsClient() {
		SessionView session = held(START);
		CurrentUser other = this.people.therapist();
		assertThatThrownBy(() -> this.notes.write(other, session.id(), "Hello", null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.notes.write(this.client, session.id(), "Hello", null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.notes.write(this.therapist, session.id(), "x".repeat(501), UUID.randomUUID()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting((p) -> p.field()).containsExactly("note", "skillId"));
		assertThatThrownBy(() -> this.notes.write(this.therapist, session.id(), " ", null))
			.isInstanceOf(InvalidInputException.class);
		BridgeNote note = this.notes.write(this.therapist, session.id(), "x".repeat(500), null);
		CurrentUser stranger = this.people.client();
		assertThatThrownBy(() -> this.notes.keep(stranger, note.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.notes.kept(this.client)).isEmpty();
		assertThat(this.notes.keep(this.client, note.id()).kept()).isTrue();
		assertThat(this.notes.kept(this.client)).extracting(BridgeNote::id).containsExactly(note.id());
		assertThat(this.notes.kept(stranger)).isEmpty();
	}

	@Test
	void theLandingLastsSixHoursFromTheRecordedEnd() {
		UUID breathing = this.toolbox.skills(this.client).get(0).id();
		UUID grounding = this.toolbox.skills(this.client).get(1).id();
		this.toolbox.practise(this.client, breathing, new Toolbox.NewPractice(8, 4, "ANXIETY", 5, null));
		this.toolbox.practise(this.client, breathing, new Toolbox.NewPractice(7, 5, "ANXIETY", 5, null));
		this.toolbox.practise(this.client, grounding, new Toolbox.NewPractice(6, 1, "SLEEP", 5, null));
		SessionView session = book(START);
		SessionView next = book(START.plus(Duration.ofDays(7)));
		this.clock.set(START.plus(min(40)));
		this.sessions.started(this.therapist, session.id());
		assertThat(this.after.landing(this.client)).as("not before the end").isEmpty();
		this.clock.set(START.plus(min(52)));
		this.sessions.ended(this.therapist, session.id());
		Instant end = START.plus(min(52));
		this.notes.write(this.therapist, session.id(), "Until Thursday.", null);
		AfterSession.Landing landing = this.after.landing(this.client).orElseThrow();
		assertThat(landing.session().id()).isEqualTo(session.id());
		assertThat(landing.until()).isEqualTo(end.plus(Duration.ofHours(6)));
		assertThat(landing.note().note()).isEqualTo("Until Thursday.");
		assertThat(landing.situation()).isEqualTo(Situation.ANXIETY);
		assertThat(landing.skill().skillId()).isEqualTo(breathing);
		assertThat(landing.skill().practices()).isEqualTo(2);
		assertThat(landing.skill().meanReduction()).isEqualTo(3.0);
		assertThat(landing.next().id()).isEqualTo(next.id());
		assertThat(this.after.landing(this.therapist)).isEmpty();
		this.clock.set(end.plus(Duration.ofHours(6)).minusSeconds(1));
		assertThat(this.after.landing(this.client)).isPresent();
		this.clock.set(end.plus(Duration.ofHours(6)));
		assertThat(this.after.landing(this.client)).isEmpty();
	}

	static Duration min(long minutes) {
		return Duration.ofMinutes(minutes);
	}

}
