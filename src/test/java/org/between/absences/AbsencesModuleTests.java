package org.between.absences;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.Accounts.NewAccount;
import org.between.accounts.ClientLinks;
import org.between.accounts.ClientLinks.ColleagueRequest;
import org.between.accounts.ClientLinks.InvitationRequest;
import org.between.accounts.CurrentUser;
import org.between.accounts.Role;
import org.between.policy.MakeUpRule;
import org.between.policy.Policies;
import org.between.policy.PolicyInput;
import org.between.sessions.SessionKind;
import org.between.sessions.SessionStatus;
import org.between.sessions.SessionView;
import org.between.sessions.Sessions;
import org.between.sessions.Sessions.SessionRequest;
import org.between.sessions.Sessions.StandingRequest;
import org.between.shared.ConflictException;
import org.between.shared.ForbiddenException;
import org.between.shared.InvalidInputException;
import org.between.shared.InvalidInputException.FieldProblem;
import org.between.shared.NotFoundException;
import org.between.shared.RuleViolationException;
import org.between.shared.TextCipher;
import org.between.shared.TextCiphers;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Absences against a real database, on H2 and PostgreSQL (the subclasses): the rules by
 * the injected clock, exactly the sessions inside the days cancelled across a
 * daylight-saving change, withdrawal, what clients read and are sent.
 */
@ModuleTest
abstract class AbsencesModuleTests {

	/** A Monday, 09:00 in Berlin. */
	static final Instant MONDAY_1_MARCH_2027 = Instant.parse("2027-03-01T08:00:00Z");

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final LocalDate MARCH_22 = LocalDate.of(2027, 3, 22);

	static final LocalDate MARCH_28 = LocalDate.of(2027, 3, 28);

	@Autowired
	Absences absences;

	@Autowired
	AbsenceFollowUp followUp;

	@Autowired
	Sessions sessions;

	@Autowired
	Policies policies;

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AbsenceStore store;

	@Autowired
	TextCipher cipher;

	@Autowired
	TransactionTemplate transactions;

	ModulePeople people;

	CurrentUser therapist;

	@BeforeEach
	void setUp() {
		this.clock.set(MONDAY_1_MARCH_2027);
		this.people = new ModulePeople(this.accounts, this.links, this.clock);
		this.therapist = this.people.therapist();
	}

	private static AbsenceRequest days(LocalDate start, LocalDate end) {
		return new AbsenceRequest(start, end, null, null, "I'm here, and I will see you after.", false);
	}

	private static LocalDate today() {
		return LocalDate.of(2027, 3, 1);
	}

	/** A client in New York, linked with the therapist. */
	private CurrentUser newYorkClient() {
		var account = this.accounts.signUp(new NewAccount("ny-" + UUID.randomUUID() + "@example.org",
				"a long and unusual passphrase 42", "Test client", Role.CLIENT, "America/New_York", "en"));
		CurrentUser client = this.accounts.refresh(account.id());
		String code = this.links.invite(this.therapist, new InvitationRequest(null)).code();
		this.links.accept(client, code, "192.0.2.7");
		return client;
	}

	/** A session at a local time in Berlin. */
	private SessionView bookInBerlin(CurrentUser client, String localStart, int minutes) {
		Instant at = LocalDateTime.parse(localStart).atZone(BERLIN).toInstant();
		return this.sessions.book(this.therapist, client.id(),
				new SessionRequest(at, minutes, SessionKind.REGULAR, null, null));
	}

	private SessionView now(SessionView session) {
		return this.sessions.session(this.therapist, session.id());
	}

	private static List<String> fields(Throwable ex) {
		return ((InvalidInputException) ex).problems().stream().map(FieldProblem::field).toList();
	}

	private List<String> mailTo(CurrentUser person) {
		String email = this.accounts.me(person).email();
		return this.jdbc.queryForList("select subject || '|' || body from notify_outbox where recipient = ?",
				String.class, email);
	}

	@Test
	void withoutAnEmergencyTheFirstDayIsAtLeastTheNoticeDaysAway() {
		assertThatThrownBy(() -> this.absences.announce(this.therapist, days(today().plusDays(13), MARCH_22)))
			.isInstanceOfSatisfying(AbsenceNoticeException.class,
					(ex) -> assertThat(ex.earliest()).isEqualTo(today().plusDays(14)));
		assertThat(this.absences.announce(this.therapist, days(today().plusDays(14), today().plusDays(14))).days())
			.isEqualTo(1);
		assertThat(this.absences.announce(this.therapist, days(today().plusDays(15), today().plusDays(16))).days())
			.isEqualTo(2);
		assertThat(this.absences.earliestWithNotice(this.therapist)).isEqualTo(today().plusDays(14));
	}

	@Test
	void anEmergencyMayStartTodayInTheTherapistsZoneButNotYesterday() {
		// 23:30 on 28 February in UTC is already 1 March in Berlin.
		this.clock.set(Instant.parse("2027-02-28T23:30:00Z"));
		assertThatThrownBy(() -> this.absences.announce(this.therapist, days(today(), today().plusDays(2))))
			.isInstanceOf(AbsenceNoticeException.class);
		assertThatThrownBy(() -> this.absences.announce(this.therapist,
				new AbsenceRequest(today().minusDays(1), today(), null, null, null, true)))
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("startDate"));
		Absence emergency = this.absences.announce(this.therapist,
				new AbsenceRequest(today(), today().plusDays(2), null, null, null, true));
		assertThat(emergency.emergency()).isTrue();
		assertThat(emergency.zone()).isEqualTo(BERLIN);
	}

	@Test
	void overlapLengthAndOrderAreFieldProblems() {
		this.absences.announce(this.therapist, days(MARCH_22, MARCH_28));
		assertThatThrownBy(() -> this.absences.announce(this.therapist, days(MARCH_28, MARCH_28.plusDays(3))))
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("startDate"));
		LocalDate april = LocalDate.of(2027, 4, 1);
		assertThatThrownBy(() -> this.absences.announce(this.therapist, days(april, april.plusDays(92))))
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("endDate"));
		assertThatThrownBy(() -> this.absences.announce(this.therapist, days(april, april.minusDays(1))))
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("endDate"));
		assertThat(this.absences.announce(this.therapist, days(april, april.plusDays(91))).days()).isEqualTo(92);
	}

	@Test
	void theCoverIsOneOfTheTherapistsColleagues() {
		CurrentUser colleague = this.people.therapist();
		CurrentUser stranger = this.people.therapist();
		this.links.addColleague(this.therapist, new ColleagueRequest(this.accounts.me(colleague).email()));
		assertThatThrownBy(() -> this.absences.announce(this.therapist,
				new AbsenceRequest(MARCH_22, MARCH_28, stranger.id(), "Call 030 1234", null, false)))
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("coveringTherapistId"));
		Absence covered = this.absences.announce(this.therapist,
				new AbsenceRequest(MARCH_22, MARCH_28, colleague.id(), " Call 030 1234 ", null, false));
		assertThat(covered.coverName()).isEqualTo(colleague.displayName());
		assertThat(covered.coverageNote()).isEqualTo("Call 030 1234");
	}

	@Test
	void onlyTherapistsWithTheirSecondFactorAnnounce() {
		CurrentUser client = this.people.clientOf(this.therapist);
		assertThatThrownBy(() -> this.absences.announce(client, days(MARCH_22, MARCH_28)))
			.isInstanceOf(ForbiddenException.class);
		assertThat(this.absences.forClient(client)).isEmpty();
	}

	/**
	 * Berlin's clocks go forward on 28 March 2027, New York's went on 14 March: the days
	 * are Berlin's, whatever the client's zone.
	 */
	@Test
	void exactlyTheSessionsStartingOnTheDaysInTheTherapistsZoneAreCancelledByTheTherapist() {
		this.policies.publish(this.therapist, new PolicyInput(48, new BigDecimal("60.00"), new BigDecimal("90.00"),
				"EUR", true, MakeUpRule.NONE, null, null));
		CurrentUser client = newYorkClient();
		SessionView eveningBefore = bookInBerlin(client, "2027-03-21T23:30", 30);
		SessionView firstNight = bookInBerlin(client, "2027-03-22T00:30", 50);
		SessionView lastEvening = bookInBerlin(client, "2027-03-28T23:30", 30);
		SessionView dayAfter = bookInBerlin(client, "2027-03-29T00:15", 50);
		CurrentUser otherTherapist = this.people.therapist();
		CurrentUser otherClient = this.people.clientOf(otherTherapist);
		SessionView notOurs = this.sessions.book(otherTherapist, otherClient.id(), new SessionRequest(
				firstNight.startsAt().plus(Duration.ofDays(1)), 50, SessionKind.REGULAR, null, null));

		Absence absence = this.absences.announce(this.therapist, days(MARCH_22, MARCH_28));

		assertThat(absence.cancelledSessions()).isEqualTo(2);
		assertThat(now(eveningBefore).status()).isEqualTo(SessionStatus.SCHEDULED);
		assertThat(now(dayAfter).status()).isEqualTo(SessionStatus.SCHEDULED);
		assertThat(this.sessions.session(otherTherapist, notOurs.id()).status()).isEqualTo(SessionStatus.SCHEDULED);
		for (SessionView inside : List.of(now(firstNight), now(lastEvening))) {
			assertThat(inside.status()).isEqualTo(SessionStatus.CANCELLED_BY_THERAPIST);
			assertThat(inside.cancellation().fee()).isEqualByComparingTo("0");
			assertThat(inside.cancellation().makeUpOffered()).isTrue();
			assertThat(inside.cancellation().policyVersion()).isEqualTo(1);
			assertThat(inside.cancellation().cancelledBy()).isEqualTo(this.therapist.id());
			assertThat(inside.cancellation().reason())
				.isEqualTo("Your therapist is away from 22 March 2027 to 28 March 2027.");
		}
		assertThat(absence.startsAt()).isEqualTo(Instant.parse("2027-03-21T23:00:00Z"));
		assertThat(absence.endsAt()).isEqualTo(Instant.parse("2027-03-28T22:00:00Z"));
	}

	@Test
	void anEmergencyLeavesASessionUnderWayAlone() {
		CurrentUser client = this.people.clientOf(this.therapist);
		this.clock.set(Instant.parse("2027-03-01T07:00:00Z"));
		SessionView running = bookInBerlin(client, "2027-03-01T08:30", 50);
		SessionView later = bookInBerlin(client, "2027-03-01T16:00", 50);
		this.clock.set(Instant.parse("2027-03-01T07:45:00Z")); // 08:45 in Berlin
		Absence absence = this.absences.announce(this.therapist,
				new AbsenceRequest(today(), today().plusDays(3), null, null, null, true));
		assertThat(absence.cancelledSessions()).isEqualTo(1);
		assertThat(now(running).status()).isEqualTo(SessionStatus.SCHEDULED);
		assertThat(now(later).status()).isEqualTo(SessionStatus.CANCELLED_BY_THERAPIST);
	}

	@Test
	void withdrawingRestoresTheSessionsStillFreeAndLeavesARebookedSlot() {
		CurrentUser client = this.people.clientOf(this.therapist);
		CurrentUser other = this.people.clientOf(this.therapist);
		SessionView free = bookInBerlin(client, "2027-03-23T10:00", 50);
		SessionView taken = bookInBerlin(client, "2027-03-24T10:00", 50);
		Absence absence = this.absences.announce(this.therapist, days(MARCH_22, MARCH_28));
		SessionView rebooked = bookInBerlin(other, "2027-03-24T10:30", 50);

		Withdrawal withdrawal = this.absences.withdraw(this.therapist, absence.id());

		assertThat(withdrawal.restoredSessions()).isEqualTo(1);
		assertThat(withdrawal.stillCancelled()).isEqualTo(1);
		assertThat(withdrawal.absence().withdrawnAt()).isEqualTo(MONDAY_1_MARCH_2027);
		assertThat(now(free).status()).isEqualTo(SessionStatus.SCHEDULED);
		assertThat(now(free).cancellation()).isNull();
		assertThat(now(taken).status()).isEqualTo(SessionStatus.CANCELLED_BY_THERAPIST);
		assertThat(now(rebooked).status()).isEqualTo(SessionStatus.SCHEDULED);
		assertThat(this.absences.forClient(client)).isEmpty();
		assertThat(this.absences.announced(client, absence.id())).isEmpty();
		assertThatThrownBy(() -> this.absences.withdraw(this.therapist, absence.id()))
			.isInstanceOf(ConflictException.class);
		assertThat(this.absences.announce(this.therapist, days(MARCH_22, MARCH_28)).cancelledSessions())
			.as("the days are free again: the restored session and the one booked meanwhile")
			.isEqualTo(2);
	}

	@Test
	void aSessionMadeUpMeanwhileOrOfAnEndedAppointmentStaysCancelled() {
		CurrentUser client = this.people.clientOf(this.therapist);
		CurrentUser standingClient = this.people.clientOf(this.therapist);
		SessionView madeUp = bookInBerlin(client, "2027-03-23T10:00", 50);
		var standing = this.sessions.standing(this.therapist, standingClient.id(),
				new StandingRequest(DayOfWeek.WEDNESDAY, "15:00", 50, 1, today(), null, null));
		Absence absence = this.absences.announce(this.therapist, days(MARCH_22, MARCH_28));
		assertThat(absence.cancelledSessions()).isEqualTo(2);
		Instant makeUpAt = LocalDateTime.parse("2027-03-30T10:00").atZone(BERLIN).toInstant();
		this.sessions.book(this.therapist, client.id(),
				new SessionRequest(makeUpAt, 50, SessionKind.MAKE_UP, null, madeUp.id()));
		this.clock.set(Instant.parse("2027-03-15T08:00:00Z"));
		this.sessions.endStanding(this.therapist, standing.appointment().id());

		Withdrawal withdrawal = this.absences.withdraw(this.therapist, absence.id());

		assertThat(withdrawal.restoredSessions()).isZero();
		assertThat(withdrawal.stillCancelled()).isEqualTo(2);
		assertThat(now(madeUp).status()).isEqualTo(SessionStatus.CANCELLED_BY_THERAPIST);
	}

	@Test
	void withdrawingEndsWhatClientsSharedWithTheCoverForIt() {
		CurrentUser colleague = this.people.therapist();
		this.links.addColleague(this.therapist, new ColleagueRequest(this.accounts.me(colleague).email()));
		CurrentUser client = this.people.clientOf(this.therapist);
		Absence absence = this.absences.announce(this.therapist,
				new AbsenceRequest(MARCH_22, MARCH_28, colleague.id(), "Call 030 1234", null, false));
		this.links.grantCover(client, colleague.id(), absence.id(), absence.startsAt(), absence.endsAt());
		assertThat(this.links.coverGrant(client, absence.id())).isPresent();

		this.absences.withdraw(this.therapist, absence.id());

		assertThat(this.links.coverGrant(client, absence.id())).isEmpty();
	}

	@Test
	void onceBegunItCannotBeWithdrawnAndAnotherTherapistsIsNotFound() {
		Absence absence = this.absences.announce(this.therapist, days(MARCH_22, MARCH_28));
		CurrentUser other = this.people.therapist();
		assertThatThrownBy(() -> this.absences.withdraw(other, absence.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.absences.get(other, absence.id())).isInstanceOf(NotFoundException.class);
		this.clock.set(Instant.parse("2027-03-21T23:00:00Z")); // midnight in Berlin
		assertThatThrownBy(() -> this.absences.withdraw(this.therapist, absence.id()))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void clientsReadTheirTherapistsAbsencesWithoutTheCancelledSessions() {
		CurrentUser client = this.people.clientOf(this.therapist);
		CurrentUser otherTherapist = this.people.therapist();
		CurrentUser stranger = this.people.clientOf(otherTherapist);
		Absence past = this.absences.announce(this.therapist,
				new AbsenceRequest(today(), today().plusDays(1), null, null, null, true));
		Absence coming = this.absences.announce(this.therapist, days(MARCH_22, MARCH_28));
		Absence elsewhere = this.absences.announce(otherTherapist, days(MARCH_22, MARCH_28));
		this.clock.set(Instant.parse("2027-03-10T08:00:00Z"));

		assertThat(this.absences.forClient(client)).extracting(Absence::id).containsExactly(coming.id(), past.id());
		assertThat(this.absences.list(client)).extracting(Absence::id).containsExactly(coming.id());
		assertThat(this.absences.list(client)).allSatisfy((a) -> assertThat(a.cancelledSessions()).isNull());
		assertThat(this.absences.announced(client, coming.id())).get()
			.satisfies((a) -> assertThat(a.messageToClients()).isEqualTo("I'm here, and I will see you after."));
		assertThat(this.absences.announced(client, elsewhere.id())).isEmpty();
		assertThat(this.absences.announced(stranger, coming.id())).isEmpty();
		assertThat(this.absences.ofClientsTherapist(this.links.requireLinkedClient(this.therapist, client.id())))
			.extracting(Absence::id)
			.containsExactly(coming.id(), past.id());
		assertThat(this.absences.ofTherapist(this.therapist)).extracting(Absence::id)
			.containsExactly(coming.id(), past.id());
	}

	@Test
	void everyLinkedClientGetsANeutralMailWhenAnnouncedAndWhenWithdrawn() {
		CurrentUser client = this.people.clientOf(this.therapist);
		Absence absence = this.absences.announce(this.therapist, new AbsenceRequest(MARCH_22, MARCH_28, null,
				"Call the practice line", "I'm here. Remember the grounding exercise.", false));
		this.absences.withdraw(this.therapist, absence.id());
		List<String> mails = mailTo(client);
		assertThat(mails).hasSize(2).allSatisfy((mail) -> {
			assertThat(mail).startsWith("Between: a note for you|").contains("http://localhost:8080/");
			assertThat(mail).doesNotContain("grounding", "practice line", "March", "22", "away", "therapist",
					"session");
		});
	}

	@Test
	void sessionsStandingAppointmentsMakeLaterInsideTheDaysAreCancelledTooButNotOneOffBookings() {
		CurrentUser client = this.people.clientOf(this.therapist);
		this.sessions.standing(this.therapist, client.id(),
				new StandingRequest(DayOfWeek.TUESDAY, "10:00", 50, 1, today(), null, null));
		LocalDate june1 = LocalDate.of(2027, 6, 1); // beyond the twelve weeks made now
		Absence absence = this.absences.announce(this.therapist, days(june1, june1.plusDays(13)));
		assertThat(absence.cancelledSessions()).isZero();
		SessionView oneOff = bookInBerlin(client, "2027-06-03T10:00", 50);
		this.clock.set(Instant.parse("2027-03-22T08:00:00Z"));
		this.sessions.extendStandingAppointments();

		this.followUp.run();

		List<SessionView> inside = this.sessions.forUser(client, absence.startsAt(), absence.endsAt());
		assertThat(inside).extracting(SessionView::status)
			.containsExactly(SessionStatus.CANCELLED_BY_THERAPIST, SessionStatus.SCHEDULED,
					SessionStatus.CANCELLED_BY_THERAPIST);
		assertThat(now(oneOff).status()).isEqualTo(SessionStatus.SCHEDULED);
		assertThat(this.absences.get(this.therapist, absence.id()).cancelledSessions()).isEqualTo(2);
	}

	/**
	 * What the therapist wrote is ciphertext in the table, bound to its row, and is
	 * rewritten under a new key after a rotation (then back, for the other tests).
	 */
	@Test
	void theTextsAreEncryptedAtRestAndReencryptedAfterARotation() {
		Absence absence = this.absences.announce(this.therapist,
				new AbsenceRequest(MARCH_22, MARCH_28, null, "Ring the practice line", "I'm here.", false));
		var stored = this.jdbc.queryForMap("select key_id, coverage_note_cipher, message_to_clients_cipher "
				+ "from absences_absence where id = ?", absence.id());
		assertThat(stored.values()).noneMatch((v) -> String.valueOf(v).contains("practice") || "I'm here.".equals(v));
		assertThat(((Number) stored.get("key_id")).longValue()).isEqualTo(this.cipher.primaryKeyId());

		var keyset = TextCiphers.rotate(TextCiphers.keyset(this.cipher));
		TextCipher rotated = TextCiphers.of(keyset);
		AbsenceStore underNewKey = new AbsenceStore(JdbcClient.create(this.jdbc), rotated);
		assertThat(TextCiphers.reencryptAll(underNewKey, this.transactions)).isPositive();
		assertThat(underNewKey.find(absence.id()).orElseThrow().coverageNote()).isEqualTo("Ring the practice line");
		assertThat(
				this.jdbc.queryForObject("select key_id from absences_absence where id = ?", Long.class, absence.id()))
			.isEqualTo(rotated.primaryKeyId());
		TextCipher back = TextCiphers.of(TextCiphers.primary(keyset, this.cipher.primaryKeyId()));
		TextCiphers.reencryptAll(new AbsenceStore(JdbcClient.create(this.jdbc), back), this.transactions);
		assertThat(this.absences.get(this.therapist, absence.id()).messageToClients()).isEqualTo("I'm here.");
	}

}
