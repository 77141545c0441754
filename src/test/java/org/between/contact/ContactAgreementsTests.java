package org.between.contact;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.HomeCard;
import org.between.accounts.LinkedClient;
import org.between.checkin.Checkins;
import org.between.checkin.NewCheckin;
import org.between.contact.AgreementInput.ReadingHoursInput;
import org.between.journal.Journal;
import org.between.journal.JournalEntry;
import org.between.measures.Measures;
import org.between.shared.ConflictException;
import org.between.shared.ForbiddenException;
import org.between.shared.InvalidInputException;
import org.between.shared.InvalidInputException.FieldProblem;
import org.between.shared.NotFoundException;
import org.between.reminders.DueReminder;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The contact agreement against a real database (H2 and PostgreSQL by the subclasses):
 * its states, who may do what, the response time on the agreement in force, the agreed
 * risk alerts and the review cards.
 */
@ModuleTest
abstract class ContactAgreementsTests {

	/** Monday 7 December 2026, 10:00 in Berlin (the therapist's zone). */
	static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");

	static final String CRISIS = "Call the crisis line first.\nThen leave me a message.";

	@Autowired
	ContactAgreements agreements;

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	Journal journal;

	@Autowired
	Checkins checkins;

	@Autowired
	Measures measures;

	@Autowired
	List<HomeCard> homeCards;

	@Autowired
	ContactAgreementStore store;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	ModulePeople people;

	CurrentUser therapist;

	CurrentUser client;

	@Autowired
	AgreementReviewReminders reviewReminders;

	@BeforeEach
	void setUp() {
		this.clock.set(MONDAY);
		this.people = new ModulePeople(this.accounts, this.links, this.clock);
		this.therapist = this.people.therapist();
		this.client = this.people.clientOf(this.therapist);
	}

	static AgreementInput input(List<String> categories, int hours, boolean alerts) {
		return new AgreementInput(categories, hours, null, CRISIS, "My colleague Dr Lee covers.",
				LocalDate.of(2027, 6, 7), alerts);
	}

	ContactAgreement propose(List<String> categories, boolean alerts) {
		return this.agreements.propose(this.therapist, this.client.id(), input(categories, 48, alerts));
	}

	LinkedClient linked() {
		return this.links.requireLinkedClient(this.therapist, this.client.id());
	}

	@Test
	void theTherapistsWordsAreEncryptedAtRestAndAPlainRowFromBeforeIsReencrypted() {
		ContactAgreement proposed = propose(List.of("SCHEDULING"), false);

		Map<String, Object> row = this.jdbc.queryForMap(
				"select key_id, crisis_instructions_cipher, during_absences_cipher from contact_agreement where id = ?",
				proposed.id());
		assertThat(row.get("key_id")).isNotNull();
		assertThat(row.get("crisis_instructions_cipher").toString()).doesNotContain("crisis").isNotEqualTo(CRISIS);
		assertThat(row.get("during_absences_cipher").toString()).doesNotContain("Dr Lee");
		assertThat(this.agreements.forClient(this.client).proposed().crisisInstructions()).isEqualTo(CRISIS);

		// A row written before the texts were encrypted: plain text, no key id.
		this.jdbc.update("update contact_agreement set key_id = null, crisis_instructions_cipher = ?, "
				+ "during_absences_cipher = null where id = ?", "Plain words", proposed.id());
		assertThat(this.agreements.forClient(this.client).proposed().crisisInstructions()).isEqualTo("Plain words");
		while (this.store.reencryptBatch(50) > 0) {
			// every stale row, of every test, is rewritten
		}
		Map<String, Object> after = this.jdbc.queryForMap(
				"select key_id, crisis_instructions_cipher from contact_agreement where id = ?", proposed.id());
		assertThat(after.get("key_id")).isNotNull();
		assertThat(after.get("crisis_instructions_cipher").toString()).doesNotContain("Plain");
		assertThat(this.agreements.forClient(this.client).proposed().crisisInstructions()).isEqualTo("Plain words");
	}

	@Test
	void aProposalIsOpenUntilAcceptedAndThenInForceForBoth() {
		ContactAgreement proposed = propose(List.of("BRIEF_CHECKIN", "SCHEDULING"), false);

		assertThat(proposed.status()).isEqualTo(AgreementStatus.PROPOSED);
		assertThat(proposed.allowedCategories()).containsExactly(ContactCategory.SCHEDULING,
				ContactCategory.BRIEF_CHECKIN);
		assertThat(proposed.readingHours()).isEqualTo(ReadingHours.weekdays(this.therapist.zone()));
		assertThat(this.agreements.activeFor(this.client)).isEmpty();
		assertThat(this.agreements.forClient(this.client).proposed().id()).isEqualTo(proposed.id());

		ContactAgreement accepted = this.agreements.accept(this.client, proposed.id());

		assertThat(accepted.status()).isEqualTo(AgreementStatus.ACCEPTED);
		assertThat(accepted.acceptedAt()).isEqualTo(MONDAY);
		assertThat(this.agreements.activeFor(this.client)).get()
			.satisfies((a) -> assertThat(a.crisisInstructions()).isEqualTo(CRISIS))
			.satisfies((a) -> assertThat(a.allows(ContactCategory.BRIEF_CHECKIN)).isTrue())
			.satisfies((a) -> assertThat(a.allows(ContactCategory.PHONE_EMERGENCY)).isFalse());
		assertThat(this.agreements.activeFor(linked())).get().extracting(ContactAgreement::id).isEqualTo(proposed.id());
		AgreementOverview overview = this.agreements.forTherapist(this.therapist, this.client.id());
		assertThat(overview.active().id()).isEqualTo(proposed.id());
		assertThat(overview.proposed()).isNull();
		assertThat(this.agreements.accept(this.client, proposed.id()).acceptedAt()).as("again: nothing changes")
			.isEqualTo(MONDAY);
	}

	@Test
	void aNewProposalLeavesTheActiveOneInForceUntilAcceptedThenSupersedesIt() {
		ContactAgreement first = this.agreements.accept(this.client, propose(List.of("SCHEDULING"), false).id());
		this.clock.advance(Duration.ofDays(30));
		ContactAgreement second = propose(List.of("SCHEDULING", "BRIEF_CHECKIN"), false);

		assertThat(this.agreements.activeFor(this.client)).get().extracting(ContactAgreement::id).isEqualTo(first.id());
		assertThat(this.agreements.forClient(this.client).proposed().id()).isEqualTo(second.id());

		this.clock.advance(Duration.ofDays(1));
		this.agreements.accept(this.client, second.id());

		AgreementOverview overview = this.agreements.forClient(this.client);
		assertThat(overview.active().id()).isEqualTo(second.id());
		assertThat(overview.history()).singleElement().satisfies((old) -> {
			assertThat(old.id()).isEqualTo(first.id());
			assertThat(old.status()).isEqualTo(AgreementStatus.SUPERSEDED);
			assertThat(old.endedAt()).isEqualTo(MONDAY.plus(Duration.ofDays(31)));
		});
		assertThat(this.agreements.forTherapist(this.therapist, this.client.id()).history())
			.extracting(ContactAgreement::id)
			.containsExactly(first.id());
	}

	@Test
	void aNewerProposalReplacesAnOpenOneWhichCanNoLongerBeAccepted() {
		ContactAgreement first = propose(List.of("SCHEDULING"), false);
		this.clock.advance(Duration.ofMinutes(5));
		ContactAgreement second = propose(List.of(), false);

		AgreementOverview overview = this.agreements.forClient(this.client);
		assertThat(overview.proposed().id()).isEqualTo(second.id());
		assertThat(overview.proposed().allowedCategories()).isEmpty();
		assertThat(overview.history()).singleElement()
			.satisfies((old) -> assertThat(old.status()).isEqualTo(AgreementStatus.REPLACED));
		assertThatThrownBy(() -> this.agreements.accept(this.client, first.id())).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.agreements.discuss(this.client, first.id()))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void letsTalkAboutItPutsItOnTheAgendaAndItCanStillBeAcceptedLater() {
		ContactAgreement proposed = propose(List.of("SCHEDULING"), false);

		ContactAgreement discussed = this.agreements.discuss(this.client, proposed.id());

		assertThat(discussed.status()).isEqualTo(AgreementStatus.DISCUSS);
		assertThat(discussed.discussedAt()).isEqualTo(MONDAY);
		List<JournalEntry> agenda = this.journal.ownAgenda(this.client);
		assertThat(agenda).singleElement().satisfies((entry) -> {
			assertThat(entry.id()).isEqualTo(discussed.discussionEntryId());
			assertThat(entry.title()).isEqualTo("Our contact agreement: I'd like to talk about it");
			assertThat(entry.body()).contains("I'd like us to talk about it at my next session");
			assertThat(entry.bringToSession()).isTrue();
			assertThat(entry.shareWithTherapist()).isTrue();
		});
		assertThat(this.journal.agenda(linked())).singleElement()
			.satisfies(
					(item) -> assertThat(item.title()).isEqualTo("Our contact agreement: I'd like to talk about it"));
		assertThat(this.agreements.discuss(this.client, proposed.id()).discussionEntryId())
			.as("asking again writes no second entry")
			.isEqualTo(discussed.discussionEntryId());
		assertThat(this.journal.ownAgenda(this.client)).hasSize(1);
		assertThat(this.agreements.forTherapist(this.therapist, this.client.id()).proposed().status())
			.isEqualTo(AgreementStatus.DISCUSS);

		assertThat(this.agreements.accept(this.client, proposed.id()).status()).isEqualTo(AgreementStatus.ACCEPTED);
		assertThatThrownBy(() -> this.agreements.discuss(this.client, proposed.id()))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void onlyTheLinkedTherapistProposesAndOnlyTheirClientAnswers() {
		ContactAgreement proposed = propose(List.of("SCHEDULING"), false);
		CurrentUser otherTherapist = this.people.therapist();
		CurrentUser otherClient = this.people.clientOf(otherTherapist);
		CurrentUser unlinked = this.people.client();

		assertThatThrownBy(() -> this.agreements.propose(otherTherapist, this.client.id(), input(List.of(), 24, false)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.agreements.propose(this.therapist, unlinked.id(), input(List.of(), 24, false)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.agreements.forTherapist(otherTherapist, this.client.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.agreements.accept(otherClient, proposed.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.agreements.discuss(unlinked, proposed.id()))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.agreements.forClient(otherClient).proposed()).isNull();
		assertThat(this.agreements.forClient(unlinked).history()).isEmpty();
		assertThat(this.agreements.forClient(this.client).proposed().status()).isEqualTo(AgreementStatus.PROPOSED);
	}

	@Test
	void theWrongRoleIsForbidden() {
		ContactAgreement proposed = propose(List.of("SCHEDULING"), false);

		assertThatThrownBy(() -> this.agreements.propose(this.client, this.client.id(), input(List.of(), 24, false)))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.agreements.accept(this.therapist, proposed.id()))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.agreements.forClient(this.therapist)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.agreements.activeFor(this.therapist)).isInstanceOf(ForbiddenException.class);
	}

	@Test
	void everyBadFieldIsNamedAndNothingIsStored() {
		String long2001 = "x".repeat(2001);
		AgreementInput bad = new AgreementInput(List.of("SCHEDULING", "TEXTING"), 169,
				new ReadingHoursInput(List.of("FUNDAY"), "9am", "17:00"), long2001, long2001, LocalDate.of(2026, 12, 6),
				true);

		assertThatThrownBy(() -> this.agreements.propose(this.therapist, this.client.id(), bad))
			.isInstanceOf(InvalidInputException.class)
			.satisfies((ex) -> assertThat(((InvalidInputException) ex).problems()).extracting(FieldProblem::field)
				.containsExactlyInAnyOrder("allowedCategories", "responseTimeHours", "readingHours.days",
						"readingHours.from", "crisisInstructions", "duringAbsences", "reviewDate"));
		assertThat(fields(new AgreementInput(null, 0, new ReadingHoursInput(List.of(), "17:00", "09:00"), " ", null,
				LocalDate.of(2029, 12, 8), false)))
			.containsExactlyInAnyOrder("allowedCategories", "responseTimeHours", "readingHours.days", "readingHours.to",
					"crisisInstructions", "reviewDate");
		assertThat(this.agreements.forClient(this.client).proposed()).isNull();
		// The edges are fine: 1 and 168 hours, 2 000 characters, today, every day.
		assertThat(this.agreements
			.propose(this.therapist, this.client.id(),
					new AgreementInput(List.of(), 168,
							new ReadingHoursInput(List.of("SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY",
									"FRIDAY", "SATURDAY"), "00:00", "23:59"),
							"y".repeat(2000), null, LocalDate.of(2026, 12, 7), false))
			.readingHours()
			.days()).hasSize(7);
		assertThat(this.agreements.propose(this.therapist, this.client.id(), input(List.of(), 1, false))
			.responseTimeHours()).isOne();
	}

	private List<String> fields(AgreementInput input) {
		try {
			this.agreements.propose(this.therapist, this.client.id(), input);
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.problems().stream().map(FieldProblem::field).toList();
		}
	}

	@Test
	void theAgreementInForceSaysWhenAMessageIsReadAndDueAcrossTheWeekendAndTheSpringChange() {
		this.agreements.accept(this.client, this.agreements
			.propose(this.therapist, this.client.id(), new AgreementInput(List.of("BRIEF_CHECKIN"), 2,
					new ReadingHoursInput(List.of("MONDAY", "FRIDAY"), "9:00", "17:00"), CRISIS, null, null, false))
			.id());
		// Friday 26 March 2027, 16:00 in Berlin (CET); the clocks go forward on Sunday.
		this.clock.set(Instant.parse("2027-03-26T15:00:00Z"));
		ContactAgreement active = this.agreements.activeFor(this.client).orElseThrow();

		assertThat(active.readingHours().days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
		assertThat(active.readingHours().isReadingTime(this.clock.instant())).isTrue();
		assertThat(active.respondBy(this.clock.instant())).isEqualTo(Instant.parse("2027-03-29T08:00:00Z"));
		this.clock.advance(Duration.ofHours(3));
		assertThat(active.responseDeadline().isReadingTime(this.clock.instant())).isFalse();
		assertThat(active.responseDeadline().nextReadingStart(this.clock.instant()))
			.isEqualTo(Instant.parse("2027-03-29T07:00:00Z"));
	}

	@Test
	void aRiskAlertGoesOnlyUnderAnAcceptedAgreementThatSaysSoAndSaysNothingClinical() {
		ContactAgreement proposed = propose(List.of("SCHEDULING"), true);
		assertThat(riskyCheckin().therapistAlerted()).as("proposed only").isFalse();
		assertThat(mails()).isEmpty();

		this.agreements.accept(this.client, proposed.id());
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(riskyCheckin().therapistAlerted()).isTrue();

		assertThat(mails()).singleElement().satisfies((mail) -> {
			assertThat(mail.get("subject")).isEqualTo("Something in Between needs your attention");
			String text = mail.get("subject") + " " + mail.get("body");
			assertThat(text).contains("/clients/" + this.client.id() + "/agreement")
				.doesNotContain(this.client.displayName(), "SUICIDAL", "suicid", "crisis", "safety", "my note",
						"check-in", "therap");
		});
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where subject_id = ? and action = 'RISK_ALERT_SENT'", Integer.class,
				this.client.id()))
			.isOne();
		assertThat(this.agreements.alertsSent(this.therapist, this.client.id(), 30)).hasSize(1);
	}

	@Test
	void atMostOneAlertAnHourThoughTheScreenStillSaysTheTherapistWasTold() {
		this.agreements.accept(this.client, propose(List.of(), true).id());
		assertThat(riskyCheckin().therapistAlerted()).isTrue();
		this.clock.advance(Duration.ofMinutes(20));
		assertThat(this.measures.respond(this.client, "PHQ9", List.of(1, 1, 1, 1, 1, 1, 1, 1, 2))
			.safety()
			.therapistAlerted()).isTrue();
		assertThat(mails()).hasSize(1);

		this.clock.advance(Duration.ofMinutes(41));
		assertThat(riskyCheckin().therapistAlerted()).isTrue();
		assertThat(mails()).hasSize(2);
	}

	@Test
	void noAlertWithoutRiskWithoutTheAgreementsYesOrAfterTheLinkIsSuperseded() {
		this.agreements.accept(this.client, propose(List.of(), false).id());
		assertThat(riskyCheckin().therapistAlerted()).isFalse();
		assertThat(this.checkins.record(this.client, new NewCheckin(null, 6, 2, null, null, null, null, null))
			.safety()
			.therapistAlerted()).isFalse();
		this.agreements.accept(this.client, propose(List.of(), true).id());
		assertThat(this.checkins.record(this.client, new NewCheckin(null, 6, 2, null, null, null, null, null))
			.safety()
			.therapistAlerted()).as("no risk, no alert").isFalse();
		assertThat(mails()).isEmpty();
	}

	private org.between.safety.SafetyResponse riskyCheckin() {
		return this.checkins
			.record(this.client,
					new NewCheckin(null, 2, 8, null, Map.of("SUICIDAL_THOUGHTS", 3), null, null, "my note"))
			.safety();
	}

	private List<Map<String, String>> mails() {
		String email = this.accounts.me(this.therapist).email();
		return this.jdbc
			.queryForList("select subject, body from notify_outbox where recipient = ? order by created_at", email)
			.stream()
			.map((row) -> Map.of("subject", (String) row.get("subject"), "body", (String) row.get("body")))
			.toList();
	}

	@Test
	void aPassedReviewDateShowsCalmlyOnBothHomePages() {
		this.agreements.accept(this.client, propose(List.of("SCHEDULING"), false).id());
		assertThat(card(this.client)).isEmpty();
		assertThat(card(this.therapist)).isEmpty();

		this.clock.set(Instant.parse("2027-06-07T08:00:00Z"));

		assertThat(card(this.client)).get().satisfies((c) -> {
			assertThat(c.fragment()).isEqualTo("client");
			assertThat(c.model()).containsEntry("reviewDate", LocalDate.of(2027, 6, 7))
				.containsEntry("proposal", false);
		});
		assertThat(card(this.therapist)).get().satisfies((c) -> {
			assertThat(c.fragment()).isEqualTo("therapist");
			assertThat((List<?>) c.model().get("due")).singleElement()
				.satisfies((d) -> assertThat(((Map<?, ?>) d).get("clientId")).isEqualTo(this.client.id()));
		});

		// A review under way (a newer proposal) shows the proposal to the client, nothing
		// to the therapist.
		propose(List.of("SCHEDULING"), false);
		assertThat(card(this.client)).get().satisfies((c) -> assertThat(c.model()).containsEntry("proposal", true));
		assertThat(card(this.therapist)).isEmpty();
	}

	@Test
	void theReviewDateIsAReminderForBothSidesOnceAcceptedAndOnlyOnThatDay() {
		ContactAgreement proposed = propose(List.of("SCHEDULING"), false);
		Instant before = Instant.parse("2027-06-01T00:00:00Z");
		Instant after = Instant.parse("2027-06-10T00:00:00Z");
		assertThat(mine(before, after)).as("a proposal is not yet agreed").isEmpty();

		this.agreements.accept(this.client, proposed.id());
		Instant at = LocalDate.of(2027, 6, 7)
			.atTime(AgreementReviewReminders.MENTIONED_FROM)
			.atZone(proposed.readingHours().zone())
			.toInstant();
		assertThat(mine(before, after)).extracting(DueReminder::userId, DueReminder::path, DueReminder::at)
			.containsExactlyInAnyOrder(tuple(this.client.id(), "/agreement", at),
					tuple(this.therapist.id(), "/clients/" + this.client.id() + "/agreement", at));
		assertThat(mine(before, at)).as("the days before the review date").isEmpty();
		assertThat(mine(at.plusSeconds(1), after)).as("after its moment").isEmpty();
	}

	/**
	 * The review reminders for this test's two people (other tests' agreements share the
	 * database).
	 */
	private List<DueReminder> mine(Instant from, Instant to) {
		return this.reviewReminders.due(from, to)
			.stream()
			.filter((r) -> r.userId().equals(this.client.id()) || r.userId().equals(this.therapist.id()))
			.toList();
	}

	private Optional<HomeCard.Card> card(CurrentUser user) {
		return this.homeCards.stream()
			.map((c) -> c.cardFor(user))
			.flatMap(Optional::stream)
			.filter((c) -> c.template().equals("contact/cards"))
			.findFirst();
	}

	@Test
	void proposalsAndAnswersAreInTheClientsAccessLog() {
		ContactAgreement proposed = propose(List.of("SCHEDULING"), false);
		this.agreements.discuss(this.client, proposed.id());
		this.agreements.accept(this.client, proposed.id());

		assertThat(
				this.jdbc.queryForList("select action from audit_log where subject_id = ? and item_id = ? order by seq",
						String.class, this.client.id(), proposed.id().toString()))
			.containsExactly("CONTACT_AGREEMENT_PROPOSED", "CONTACT_AGREEMENT_DISCUSS", "CONTACT_AGREEMENT_ACCEPTED");
	}

}
