package org.between.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.between.accounts.Accounts;
import org.between.accounts.Accounts.ProfileChange;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.measures.Measures;
import org.between.reminders.ReminderPreferences.Choice;
import org.between.reminders.ReminderPreferences.QuietHours;
import org.between.reminders.ReminderPreferences.SessionReminder;
import org.between.sessions.SessionKind;
import org.between.sessions.SessionView;
import org.between.sessions.Sessions;
import org.between.sessions.Sessions.SessionRequest;
import org.between.shared.InvalidInputException;
import org.between.shared.InvalidInputException.FieldProblem;
import org.between.shared.NotFoundException;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reminders against a real database, from the facts in sessions and measures to the
 * outbox; run on H2 and on PostgreSQL by the subclasses.
 */
@ModuleTest
abstract class RemindersModuleTests {

	/** Wednesday 12 May 2027, 10:00 in London (summer time). */
	static final Instant WEDNESDAY_10_LONDON = Instant.parse("2027-05-12T09:00:00Z");

	/** Thursday 13 May 2027, 10:00 in London. */
	static final Instant THURSDAY_10_LONDON = Instant.parse("2027-05-13T09:00:00Z");

	static final String UNSUBSCRIBE = "http://localhost:8080/notifications/unsubscribe/";

	@Autowired
	Reminders reminders;

	@Autowired
	ReminderRound round;

	@Autowired
	ReminderScheduler scheduler;

	@Autowired
	List<ReminderSource> sources;

	@Autowired
	Sessions sessions;

	@Autowired
	Measures measures;

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SentReminderStore sent;

	@Autowired
	TransactionTemplate transactions;

	ModulePeople people;

	CurrentUser therapist;

	CurrentUser client;

	@BeforeEach
	void setUp() {
		this.clock.set(WEDNESDAY_10_LONDON.minus(Duration.ofDays(7)));
		this.people = new ModulePeople(this.accounts, this.links, this.clock);
		this.therapist = this.people.therapist();
		this.client = this.people.clientOf(this.therapist);
		this.clock.set(WEDNESDAY_10_LONDON);
	}

	@AfterEach
	void backToNow() {
		this.clock.set(Instant.now());
	}

	@Test
	void nothingIsSentToAnyoneWhoDidNotTurnRemindersOn() {
		SessionView session = book(this.client, THURSDAY_10_LONDON);
		assertThat(this.reminders.preferences(this.client)).isEqualTo(ReminderPreferences.DEFAULT);
		assertThat(this.reminders.preferences(this.therapist)).isEqualTo(ReminderPreferences.DEFAULT);

		for (int hour = 0; hour < 24; hour++) {
			this.round.run(this.clock.instant());
			this.clock.advance(Duration.ofHours(1));
		}

		assertThat(session.startsAt()).isBeforeOrEqualTo(this.clock.instant());
		assertThat(outbox(this.client)).isEmpty();
		assertThat(outbox(this.therapist)).isEmpty();
	}

	@Test
	void aReminderTurnedOnGoesOutOnceWithTheTimeALinkAndTheOneClickUnsubscribe() {
		SessionView session = book(this.client, THURSDAY_10_LONDON);
		this.reminders.change(this.client, sessionsOn(24));

		this.clock.set(THURSDAY_10_LONDON.minus(Duration.ofHours(24)).minusSeconds(1));
		this.round.run(this.clock.instant());
		assertThat(outbox(this.client)).isEmpty();
		this.clock.advance(Duration.ofSeconds(1));
		this.round.run(this.clock.instant());
		this.round.run(this.clock.instant());
		this.clock.advance(Duration.ofHours(5));
		this.round.run(this.clock.instant());

		Map<String, Object> mail = onlyMail(this.client);
		assertThat(mail.get("subject")).isEqualTo("Between: a reminder you asked for");
		assertThat((String) mail.get("body")).startsWith("Hello,\n\nYou have an appointment tomorrow at 10:00")
			.contains("You can see it here:\nhttp://localhost:8080/sessions/" + session.id())
			.contains("You do not need to sign in:\n" + mail.get("list_unsubscribe"));
		assertThat(withoutLinks(mail)).doesNotContain("Test", "session", "therap");
		assertThat((String) mail.get("list_unsubscribe")).startsWith(UNSUBSCRIBE);
		assertThat(outbox(this.therapist)).as("the therapist did not turn reminders on").isEmpty();
	}

	@Test
	void theTherapistGetsTheirOwnReminderWhenTheyTurnItOn() {
		book(this.client, THURSDAY_10_LONDON);
		this.reminders.change(this.therapist, sessionsOn(2));

		this.clock.set(THURSDAY_10_LONDON.minus(Duration.ofHours(2)));
		this.round.run(this.clock.instant());

		// Berlin: 11:00.
		assertThat((String) onlyMail(this.therapist).get("body"))
			.containsPattern("You have an appointment today at 11:00\\h?AM");
		assertThat(outbox(this.client)).isEmpty();
	}

	@Test
	void aReminderDueInQuietHoursWaitsUntilTheyEndInThePersonsZone() {
		book(this.client, THURSDAY_10_LONDON);
		this.reminders.change(this.client, sessionsOn(12));

		// 22:30 in London: due since 22:00, but quiet.
		this.clock.set(Instant.parse("2027-05-12T21:30:00Z"));
		this.round.run(this.clock.instant());
		this.clock.set(Instant.parse("2027-05-13T06:59:00Z"));
		this.round.run(this.clock.instant());
		assertThat(outbox(this.client)).isEmpty();

		this.clock.set(Instant.parse("2027-05-13T07:00:00Z"));
		this.round.run(this.clock.instant());
		assertThat((String) onlyMail(this.client).get("body")).containsPattern("today at 10:00\\h?AM");
	}

	@Test
	void theSameMomentIsNotQuietForSomeoneInAnotherZone() {
		CurrentUser inNewYork = this.accounts.updateProfile(this.client,
				new ProfileChange(this.client.displayName(), "America/New_York", "en"));
		book(inNewYork, THURSDAY_10_LONDON);
		this.reminders.change(inNewYork, sessionsOn(12));

		// 22:30 in London is 17:30 in New York.
		this.clock.set(Instant.parse("2027-05-12T21:30:00Z"));
		this.round.run(this.clock.instant());

		assertThat((String) onlyMail(inNewYork).get("body")).containsPattern("tomorrow at 5:00\\h?AM");
	}

	@Test
	void aReminderOfUseOnlyInQuietHoursIsDropped() {
		// 07:30 in London, a reminder one hour before: 06:30 to 07:30 is quiet.
		book(this.client, Instant.parse("2027-05-13T06:30:00Z"));
		this.reminders.change(this.client, sessionsOn(1));

		for (String at : List.of("2027-05-13T05:30:00Z", "2027-05-13T06:15:00Z", "2027-05-13T07:00:00Z",
				"2027-05-13T12:00:00Z")) {
			this.clock.set(Instant.parse(at));
			this.round.run(this.clock.instant());
		}
		assertThat(outbox(this.client)).isEmpty();
	}

	@Test
	void atMostOneReminderOfATypeADayInThePersonsZone() {
		SessionView morning = book(this.client, THURSDAY_10_LONDON);
		SessionView afternoon = book(this.client, THURSDAY_10_LONDON.plus(Duration.ofHours(5)));
		this.reminders.change(this.client, sessionsOn(24));

		// Wednesday 16:00 in London: both reminders are due.
		this.clock.set(Instant.parse("2027-05-12T15:00:00Z"));
		this.round.run(this.clock.instant());
		this.clock.set(Instant.parse("2027-05-12T19:59:00Z"));
		this.round.run(this.clock.instant());
		assertThat((String) onlyMail(this.client).get("body")).contains("/sessions/" + morning.id());

		// Thursday 08:00 in London is a new day; the afternoon is still ahead.
		this.clock.set(Instant.parse("2027-05-13T07:00:00Z"));
		this.round.run(this.clock.instant());
		this.round.run(this.clock.instant());
		assertThat(outbox(this.client)).hasSize(2)
			.last()
			.satisfies((mail) -> assertThat((String) mail.get("body")).contains("/sessions/" + afternoon.id())
				.containsPattern("today at 3:00\\h?PM"));
	}

	@Test
	void aQuestionnaireTheTherapistScheduledIsMentionedOnceWhenItIsReady() {
		this.reminders.change(this.client, ReminderPreferences.DEFAULT.with(ReminderType.MEASURE_DUE, true));
		this.measures.schedule(this.therapist, this.client.id(), new Measures.ScheduleRequest("PHQ9", 14));

		this.round.run(this.clock.instant());
		this.clock.advance(Duration.ofHours(3));
		this.round.run(this.clock.instant());
		this.clock.advance(Duration.ofDays(2));
		this.round.run(this.clock.instant());
		Map<String, Object> mail = onlyMail(this.client);
		assertThat((String) mail.get("body")).contains("Something you were asked to fill in is ready")
			.contains("You can see it here:\nhttp://localhost:8080/measures\n");
		assertThat((String) mail.get("body")).doesNotContain("PHQ", "questionnaire", "depress");

		this.measures.respond(this.client, "PHQ9", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0));
		this.clock.advance(Duration.ofDays(13));
		this.round.run(this.clock.instant());
		assertThat(outbox(this.client)).hasSize(1);
		this.clock.advance(Duration.ofDays(1));
		this.round.run(this.clock.instant());
		assertThat(outbox(this.client)).hasSize(2);
	}

	@Test
	void someoneWhoDoesNothingGetsNoMailOnlyFactsDo() {
		ReminderPreferences everything = new ReminderPreferences(new SessionReminder(true, 72), new Choice(true),
				new Choice(true), new Choice(true), new QuietHours("00:00", "00:00"));
		this.reminders.change(this.client, everything);
		this.reminders.change(this.therapist, everything);

		// Thirty days without signing in, checking in or answering anything.
		for (int i = 0; i < 30 * 4; i++) {
			this.round.run(this.clock.instant());
			this.clock.advance(Duration.ofHours(6));
		}
		assertThat(outbox(this.client)).isEmpty();
		assertThat(outbox(this.therapist)).isEmpty();
		assertThat(this.sources)
			.as("every source reports facts: appointments, questionnaires asked for, agreed review dates, replies, "
					+ "a therapist running late")
			.extracting(ReminderSource::type)
			.containsExactlyInAnyOrder(ReminderType.SESSION, ReminderType.MEASURE_DUE, ReminderType.AGREEMENT_REVIEW,
					ReminderType.REPLY, ReminderType.RUNNING_LATE);

		// A fact: an appointment is booked. Now, and only for it, a reminder goes out.
		SessionView session = book(this.client, this.clock.instant().plus(Duration.ofDays(2)));
		this.round.run(this.clock.instant());
		assertThat((String) onlyMail(this.client).get("body")).contains("/sessions/" + session.id());
		assertThat((String) onlyMail(this.therapist).get("body")).contains("/sessions/" + session.id());
	}

	@Test
	void theUnsubscribeLinkTurnsItsTypeOffAndIsKeptOnlyAsAHash() {
		book(this.client, THURSDAY_10_LONDON);
		ReminderPreferences both = sessionsOn(24).with(ReminderType.MEASURE_DUE, true);
		this.reminders.change(this.client, both);
		this.round.run(this.clock.instant());
		String token = token(onlyMail(this.client));

		assertThat(this.reminders.unsubscribeTarget(token)).isEqualTo(ReminderType.SESSION);
		assertThat(this.reminders.preferences(this.client).enabled(ReminderType.SESSION)).as("asking changes nothing")
			.isTrue();
		assertThat(this.reminders.unsubscribe(token)).isEqualTo(ReminderType.SESSION);
		assertThat(this.reminders.unsubscribe(token)).isEqualTo(ReminderType.SESSION);
		ReminderPreferences after = this.reminders.preferences(this.client);
		assertThat(after.enabled(ReminderType.SESSION)).isFalse();
		assertThat(after.enabled(ReminderType.MEASURE_DUE)).as("other types stay on").isTrue();
		assertThat(after.sessionReminder().hoursBefore()).isEqualTo(24);

		assertThat(this.jdbc.queryForObject("select count(*) from reminders_unsubscribe where token_hash = ?",
				Integer.class, token))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from reminders_unsubscribe where token_hash = ?",
				Integer.class, UnsubscribeTokens.sha256(token)))
			.isOne();
		book(this.client, THURSDAY_10_LONDON.plus(Duration.ofDays(2)));
		this.clock.advance(Duration.ofDays(2));
		this.round.run(this.clock.instant());
		assertThat(outbox(this.client)).hasSize(1);
	}

	@Test
	void aLinkWeDidNotHandOutIsA404() {
		assertThatThrownBy(() -> this.reminders.unsubscribeTarget("A".repeat(43)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.reminders.unsubscribe("not-a-token")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.reminders.unsubscribe(null)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aChoiceOutsideTheLimitsIsRefusedWithEveryField() {
		ReminderPreferences wrong = new ReminderPreferences(new SessionReminder(true, 73), new Choice(null),
				new Choice(false), null, new QuietHours("25:00", "8:00"));
		assertThatThrownBy(() -> this.reminders.change(this.client, wrong)).isInstanceOf(InvalidInputException.class)
			.extracting((ex) -> ((InvalidInputException) ex).problems().stream().map(FieldProblem::field).toList())
			.isEqualTo(List.of("sessionReminder.hoursBefore", "measureDue.enabled", "replies.enabled",
					"quietHours.from", "quietHours.to"));
		assertThatThrownBy(() -> this.reminders.change(this.client, sessionsOn(0)))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.reminders.preferences(this.client)).isEqualTo(ReminderPreferences.DEFAULT);
		assertThat(this.reminders.change(this.client, sessionsOn(72)).sessionReminder().hoursBefore()).isEqualTo(72);
		assertThat(this.reminders.change(this.client, sessionsOn(1)))
			.isEqualTo(this.reminders.preferences(this.client));
	}

	@Test
	void theAccountPageOffersWhatASourceReachesThePersonWith() {
		assertThat(this.reminders.offeredTo(this.client)).containsExactly(ReminderType.SESSION,
				ReminderType.MEASURE_DUE, ReminderType.AGREEMENT_REVIEW, ReminderType.REPLY, ReminderType.RUNNING_LATE);
		assertThat(this.reminders.offeredTo(this.therapist)).containsExactly(ReminderType.SESSION,
				ReminderType.AGREEMENT_REVIEW);
	}

	/**
	 * Two instances on one database, here two threads running a round at the same moment
	 * without the scheduler's lock: every reminder goes out once, because its row in
	 * reminders_sent is claimed before the mail is queued, in one transaction.
	 */
	@Test
	void twoRoundsAtOnceSendEachReminderOnce() throws Exception {
		List<CurrentUser> clients = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			CurrentUser other = (i == 0) ? this.client : this.people.clientOf(this.therapist);
			book(other, THURSDAY_10_LONDON.plus(Duration.ofHours(i)));
			this.reminders.change(other, sessionsOn(24));
			clients.add(other);
		}
		this.reminders.change(this.therapist, sessionsOn(24));
		this.clock.set(Instant.parse("2027-05-12T15:00:00Z"));
		Instant now = this.clock.instant();

		List<Integer> queued = together(() -> this.round.run(now), () -> this.round.run(now));
		assertThat(queued.get(0) + queued.get(1)).as("queued by the two rounds: six clients, one therapist")
			.isEqualTo(7);
		together(() -> {
			this.scheduler.sendDue();
			return 0;
		}, () -> {
			this.scheduler.sendDue();
			return 0;
		});

		for (CurrentUser each : clients) {
			assertThat(outbox(each)).as("mails to one client").hasSize(1);
			assertThat(sentRows(each)).isOne();
		}
		assertThat(outbox(this.therapist)).as("one a day for the therapist of six appointments").hasSize(1);
	}

	/**
	 * What makes two instances safe: a claim waits for another transaction's claim of the
	 * same fact and fails once that one commits, so only one of them queues the mail.
	 */
	@Test
	void aClaimWaitsForAnotherTransactionsClaimOfTheSameFactAndThenFails() throws Exception {
		DueReminder due = new DueReminder(this.client.id(), ReminderType.SESSION, "fact-" + UUID.randomUUID(),
				THURSDAY_10_LONDON, THURSDAY_10_LONDON, "/sessions/x");
		LocalDate day = LocalDate.of(2027, 5, 12);
		CountDownLatch claimed = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = pool.submit(() -> this.transactions.executeWithoutResult((status) -> {
				this.sent.claim(due, day, this.clock.instant());
				claimed.countDown();
				await(commit);
			}));
			assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();
			Future<?> second = pool.submit(() -> this.transactions
				.executeWithoutResult((status) -> this.sent.claim(due, day, this.clock.instant())));
			commit.countDown();
			first.get(30, TimeUnit.SECONDS);
			assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(DuplicateKeyException.class);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(sentRows(this.client)).isOne();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private List<Integer> together(Callable<Integer> first, Callable<Integer> second) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> a = pool.submit(() -> {
				start.await();
				return first.call();
			});
			Future<Integer> b = pool.submit(() -> {
				start.await();
				return second.call();
			});
			return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
		}
		finally {
			pool.shutdownNow();
		}
	}

	SessionView book(CurrentUser client, Instant startsAt) {
		Instant now = this.clock.instant();
		this.clock.set(WEDNESDAY_10_LONDON.minus(Duration.ofDays(1)));
		try {
			return this.sessions.book(this.therapist, client.id(),
					new SessionRequest(startsAt, 50, SessionKind.REGULAR, null, null));
		}
		finally {
			this.clock.set(now);
		}
	}

	static ReminderPreferences sessionsOn(int hoursBefore) {
		return new ReminderPreferences(new SessionReminder(true, hoursBefore), new Choice(false), new Choice(false),
				new Choice(false), new QuietHours("21:00", "08:00"));
	}

	List<Map<String, Object>> outbox(CurrentUser person) {
		return this.jdbc.queryForList("select subject, body, list_unsubscribe from notify_outbox where recipient = ? "
				+ "order by created_at", this.accounts.me(person).email());
	}

	Map<String, Object> onlyMail(CurrentUser person) {
		List<Map<String, Object>> mails = outbox(person);
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

	static String withoutLinks(Map<String, Object> mail) {
		return ((String) mail.get("body")).replaceAll("https?://\\S+", "");
	}

	int sentRows(CurrentUser person) {
		return this.jdbc.queryForObject("select count(*) from reminders_sent where user_id = ?", Integer.class,
				person.id());
	}

	static String token(Map<String, Object> mail) {
		String url = (String) mail.get("list_unsubscribe");
		assertThat(url).startsWith(UNSUBSCRIBE);
		return url.substring(UNSUBSCRIBE.length());
	}

}
