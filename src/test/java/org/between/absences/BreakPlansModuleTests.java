package org.between.absences;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.between.absences.CoveredAbsence.SharingClient;
import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.safety.Contact;
import org.between.safety.SafetyPlanInput;
import org.between.safety.SafetyPlans;
import org.between.shared.ForbiddenException;
import org.between.shared.InvalidInputException;
import org.between.shared.InvalidInputException.FieldProblem;
import org.between.shared.NotFoundException;
import org.between.shared.TextCipher;
import org.between.shared.TextCiphers;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.between.toolbox.Skill;
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
 * The break plan and the cover's view against a real database, on H2 and PostgreSQL (the
 * subclasses): whose plan it is and when, every bad field at once, ciphertext at rest,
 * the therapist's note for linked clients only, sharing with the therapist, and the
 * cover's access by the injected clock — before, during and after the absence, shared or
 * not, another colleague, the client's own therapist — with the rows in the audit log.
 */
@ModuleTest
abstract class BreakPlansModuleTests {

	/** A Monday, 09:00 in Berlin. */
	static final Instant MONDAY_1_MARCH_2027 = Instant.parse("2027-03-01T08:00:00Z");

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final LocalDate MARCH_22 = LocalDate.of(2027, 3, 22);

	static final LocalDate MARCH_28 = LocalDate.of(2027, 3, 28);

	@Autowired
	BreakPlans plans;

	@Autowired
	Covering covering;

	@Autowired
	Absences absences;

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	Toolbox toolbox;

	@Autowired
	SafetyPlans safetyPlans;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TextCipher cipher;

	@Autowired
	TransactionTemplate transactions;

	ModulePeople people;

	CurrentUser therapist;

	CurrentUser cover;

	CurrentUser client;

	Absence absence;

	@BeforeEach
	void setUp() {
		this.clock.set(MONDAY_1_MARCH_2027);
		this.people = new ModulePeople(this.accounts, this.links, this.clock);
		this.therapist = this.people.therapist();
		this.cover = this.people.colleagueOf(this.therapist);
		this.client = this.people.clientOf(this.therapist);
		this.absence = this.absences.announce(this.therapist,
				new AbsenceRequest(MARCH_22, MARCH_28, this.cover.id(), "Dr Cover on 030 1234", "I'm here.", false));
	}

	private List<UUID> twoSkills(CurrentUser client) {
		return this.toolbox.skills(client).stream().limit(2).map(Skill::id).toList();
	}

	private BreakPlanInput plan(List<UUID> skills, boolean withCover, boolean withTherapist) {
		return new BreakPlanInput(skills, List.of(new Contact("Sam, my sister", "+49 30 123-45"), new Contact("", "")),
				"Sunday evenings I look at how the week went.", withCover, withTherapist);
	}

	private void at(LocalDate day, int hour) {
		this.clock.set(day.atTime(hour, 0).atZone(BERLIN).toInstant());
	}

	private int rows(UUID actor, UUID subject, String action) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_log where actor_id = ? and subject_id = ? and action = ?", Integer.class,
				actor, subject, action);
	}

	private static List<String> fields(Throwable ex) {
		return ((InvalidInputException) ex).problems().stream().map(FieldProblem::field).toList();
	}

	@Test
	void beforeAnythingIsWrittenThePlanIsEmptyWithTheTherapistsNote() {
		assertThat(this.plans.plan(this.client, this.absence.id()).written()).isFalse();
		this.plans.writeNote(this.therapist, this.absence.id(), this.client.id(), "  You know your steps.  ");

		BreakPlan empty = this.plans.plan(this.client, this.absence.id());
		assertThat(empty.written()).isFalse();
		assertThat(empty.skills()).isEmpty();
		assertThat(empty.therapistNote()).isEqualTo("You know your steps.");
		assertThat(empty.therapistNoteAt()).isEqualTo(MONDAY_1_MARCH_2027);
		assertThat(rows(this.therapist.id(), this.client.id(), "BREAK_PLAN_NOTE_WRITTEN")).isEqualTo(1);
	}

	@Test
	void theClientSavesTheirPlanAndReadsItBackWithTheNote() {
		List<UUID> skills = twoSkills(this.client);
		this.plans.writeNote(this.therapist, this.absence.id(), this.client.id(), "Call Dr Cover if it gets hard.");
		BreakPlan saved = this.plans.save(this.client, this.absence.id(),
				plan(List.of(skills.get(1), skills.get(0), skills.get(1)), false, false));

		assertThat(saved.skillIds()).containsExactly(skills.get(1), skills.get(0));
		assertThat(saved.skills()).allSatisfy((s) -> assertThat(s.name()).isNotBlank());
		assertThat(saved.people()).containsExactly(new Contact("Sam, my sister", "+49 30 123-45"));
		assertThat(saved.note()).isEqualTo("Sunday evenings I look at how the week went.");
		assertThat(saved.therapistNote()).isEqualTo("Call Dr Cover if it gets hard.");
		assertThat(saved.shareWithCover()).isFalse();
		assertThat(saved.shareWithTherapist()).isFalse();
		assertThat(this.plans.plan(this.client, this.absence.id())).isEqualTo(saved);
	}

	@Test
	void onlyTheClientsOwnTherapistsAbsenceNotWithdrawnAndNotOverHasAPlan() {
		CurrentUser other = this.people.clientOf(this.people.therapist());
		assertThatThrownBy(() -> this.plans.plan(other, this.absence.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.plans.save(other, this.absence.id(), plan(List.of(), false, false)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.plans.plan(this.client, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.plans.plan(this.therapist, this.absence.id()))
			.isInstanceOf(ForbiddenException.class);

		at(MARCH_28, 23);
		assertThat(this.plans.plan(this.client, this.absence.id()).written()).isFalse();
		at(MARCH_28.plusDays(1), 0);
		assertThatThrownBy(() -> this.plans.plan(this.client, this.absence.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.plans.writeNote(this.therapist, this.absence.id(), this.client.id(), "late"))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aWithdrawnAbsenceHasNoPlanAndEndsTheCoverGrant() {
		this.plans.save(this.client, this.absence.id(), plan(List.of(), true, false));
		assertThat(this.links.coverGrant(this.client, this.absence.id())).isPresent();

		this.absences.withdraw(this.therapist, this.absence.id());

		assertThat(this.links.coverGrant(this.client, this.absence.id())).isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where actor_id is null and subject_id = ? and action = ?",
				Integer.class, this.client.id(), "COVER_WITHDRAWN"))
			.isEqualTo(1);
		assertThatThrownBy(() -> this.plans.plan(this.client, this.absence.id())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void everyBadFieldIsNamedAtOnceAndNothingIsSaved() {
		CurrentUser otherClient = this.people.client();
		UUID notMine = UUID.randomUUID();
		BreakPlanInput bad = new BreakPlanInput(
				List.of(twoSkills(otherClient).get(0), notMine), List.of(new Contact("", "0301234"),
						new Contact("x".repeat(101), "call me maybe"), new Contact("Ok", "+44 (0)20 7946-0000")),
				"n".repeat(2001), true, true);
		Absence noCover = this.absences.announce(this.therapist,
				new AbsenceRequest(MARCH_28.plusDays(10), MARCH_28.plusDays(12), null, null, null, false));

		assertThatThrownBy(() -> this.plans.save(this.client, noCover.id(), bad))
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("skills[1]", "people[0].name", "people[1].name",
					"people[1].phone", "note", "shareWithCover"));
		assertThat(this.plans.plan(this.client, noCover.id()).written()).isFalse();

		List<Contact> eleven = java.util.stream.IntStream.range(0, 11)
			.mapToObj((i) -> new Contact("P" + i, null))
			.toList();
		assertThatThrownBy(() -> this.plans.save(this.client, this.absence.id(),
				new BreakPlanInput(java.util.Collections.nCopies(21, notMine), eleven, null, false, false)))
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("skills", "people"));
		assertThatThrownBy(
				() -> this.plans.writeNote(this.therapist, this.absence.id(), this.client.id(), "t".repeat(2001)))
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("note"));
	}

	@Test
	void whatTheClientAndTherapistWroteIsCiphertextAtRestAndReencryptedAfterARotation() {
		this.plans.save(this.client, this.absence.id(), plan(twoSkills(this.client), false, false));
		this.plans.writeNote(this.therapist, this.absence.id(), this.client.id(), "You know your steps.");
		Map<String, Object> row = this.jdbc.queryForMap("select key_id, skills_cipher, people_cipher, note_cipher, "
				+ "therapist_note_cipher from absences_break_plan where absence_id = ?", this.absence.id());
		String skillName = this.toolbox.skills(this.client).get(0).name();
		assertThat(row.values()).noneMatch((v) -> String.valueOf(v).contains("Sam")
				|| String.valueOf(v).contains("Sunday") || String.valueOf(v).contains("steps")
				|| String.valueOf(v).contains(skillName) || String.valueOf(v).contains("123"));
		assertThat(((Number) row.get("key_id")).longValue()).isEqualTo(this.cipher.primaryKeyId());

		var keyset = TextCiphers.rotate(TextCiphers.keyset(this.cipher));
		TextCipher rotated = TextCiphers.of(keyset);
		BreakPlanStore underNewKey = new BreakPlanStore(JdbcClient.create(this.jdbc), rotated);
		assertThat(TextCiphers.reencryptAll(underNewKey, this.transactions)).isPositive();
		assertThat(underNewKey.find(this.absence.id(), this.client.id()).orElseThrow().therapistNote())
			.isEqualTo("You know your steps.");
		TextCipher back = TextCiphers.of(TextCiphers.primary(keyset, this.cipher.primaryKeyId()));
		TextCiphers.reencryptAll(new BreakPlanStore(JdbcClient.create(this.jdbc), back), this.transactions);
		assertThat(this.plans.plan(this.client, this.absence.id()).people()).hasSize(1);
	}

	@Test
	void theTherapistWritesNotesForLinkedClientsOnlyOnTheirOwnAbsence() {
		CurrentUser stranger = this.people.client();
		CurrentUser otherTherapist = this.people.therapist();
		assertThatThrownBy(() -> this.plans.writeNote(this.therapist, this.absence.id(), stranger.id(), "Hi"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.plans.writeNote(otherTherapist, this.absence.id(), this.client.id(), "Hi"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.plans.writeNote(this.cover, this.absence.id(), this.client.id(), "Hi"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.plans.writeNote(this.client, this.absence.id(), this.client.id(), "Hi"))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.plans.forTherapist(otherTherapist, this.absence.id()))
			.isInstanceOf(NotFoundException.class);

		TherapistNote note = this.plans.writeNote(this.therapist, this.absence.id(), this.client.id(), "Hi");
		assertThat(note.note()).isEqualTo("Hi");
		assertThat(this.plans.writeNote(this.therapist, this.absence.id(), this.client.id(), "  ").note()).isNull();
		assertThat(this.plans.plan(this.client, this.absence.id()).therapistNote()).isNull();
	}

	@Test
	void theTherapistReadsThePlanOnlyWhileTheClientSharesItEachReadAudited() {
		CurrentUser second = this.people.clientOf(this.therapist);
		this.plans.save(this.client, this.absence.id(), plan(twoSkills(this.client), false, false));
		this.plans.writeNote(this.therapist, this.absence.id(), this.client.id(), "Hi");

		ClientBreakPlan privately = this.plans.forTherapist(this.therapist, this.absence.id(), this.client.id());
		assertThat(privately.shared()).isFalse();
		assertThat(privately.therapistNote()).isEqualTo("Hi");
		assertThat(rows(this.therapist.id(), this.client.id(), "BREAK_PLAN_READ")).isZero();

		this.plans.save(this.client, this.absence.id(), plan(twoSkills(this.client), false, true));
		assertThat(rows(this.client.id(), this.client.id(), "BREAK_PLAN_SHARED")).isEqualTo(1);
		List<ClientBreakPlan> all = this.plans.forTherapist(this.therapist, this.absence.id());
		assertThat(all).extracting(ClientBreakPlan::clientId).containsExactlyInAnyOrder(this.client.id(), second.id());
		ClientBreakPlan shared = all.stream().filter((c) -> c.clientId().equals(this.client.id())).findFirst().get();
		assertThat(shared.plan().note()).isEqualTo("Sunday evenings I look at how the week went.");
		assertThat(all.stream().filter((c) -> c.clientId().equals(second.id())).findFirst().get().shared()).isFalse();
		assertThat(rows(this.therapist.id(), this.client.id(), "BREAK_PLAN_READ")).isEqualTo(1);
		assertThat(rows(this.therapist.id(), second.id(), "BREAK_PLAN_READ")).isZero();

		this.plans.save(this.client, this.absence.id(), plan(List.of(), false, false));
		assertThat(rows(this.client.id(), this.client.id(), "BREAK_PLAN_UNSHARED")).isEqualTo(1);
		assertThat(this.plans.forTherapist(this.therapist, this.absence.id(), this.client.id()).shared()).isFalse();
		// Sharing with the cover says nothing about the own therapist.
		this.plans.save(this.client, this.absence.id(), plan(List.of(), true, false));
		assertThat(this.plans.forTherapist(this.therapist, this.absence.id(), this.client.id()).shared()).isFalse();
	}

	/**
	 * The cover sees a client only inside the absence's days and only when the client
	 * shared: before, during and after, shared and not shared.
	 */
	@Test
	void theCoverReadsWhatWasSharedInsideTheDaysOnly() {
		CurrentUser notSharing = this.people.clientOf(this.therapist);
		this.safetyPlans.save(this.client, new SafetyPlanInput(List.of("I go quiet"), List.of("Walk"), List.of(),
				List.of(), List.of(), List.of(), List.of(), false, null));
		this.plans.save(this.client, this.absence.id(), plan(twoSkills(this.client), true, false));
		this.plans.save(notSharing, this.absence.id(), plan(twoSkills(notSharing), false, true));

		// before: the absence is listed, no client, every read 404
		at(MARCH_22.minusDays(1), 23);
		assertThat(this.covering.absences(this.cover)).singleElement().satisfies((a) -> {
			assertThat(a.now()).isFalse();
			assertThat(a.clients()).isEmpty();
			assertThat(a.coverageNote()).isEqualTo("Dr Cover on 030 1234");
		});
		assertThat(this.covering.absencesWithPlans(this.cover).get(0).clients()).isEmpty();
		assertNoRead(this.client);
		assertNoRead(notSharing);

		// during: the client who shared, with both plans; the other not
		at(MARCH_22, 0);
		CoveredAbsence running = this.covering.absences(this.cover).get(0);
		assertThat(running.now()).isTrue();
		assertThat(running.therapistName()).isEqualTo(this.therapist.displayName());
		assertThat(running.clients()).extracting(SharingClient::clientId).containsExactly(this.client.id());
		assertThat(running.clients().get(0).breakPlan()).isNull();
		assertThat(rows(this.cover.id(), this.client.id(), "COVER_READ_BREAK_PLAN")).isZero();

		SharingClient read = this.covering.client(this.cover, this.absence.id(), this.client.id());
		assertThat(read.breakPlan().note()).isEqualTo("Sunday evenings I look at how the week went.");
		assertThat(read.breakPlan().people()).hasSize(1);
		assertThat(read.safetyPlan().copingStrategies()).containsExactly("Walk");
		assertThat(rows(this.cover.id(), this.client.id(), "COVER_READ_BREAK_PLAN")).isEqualTo(1);
		assertThat(rows(this.cover.id(), this.client.id(), "COVER_READ_SAFETY_PLAN")).isEqualTo(1);
		assertThat(this.covering.absencesWithPlans(this.cover).get(0).clients()).singleElement()
			.satisfies((c) -> assertThat(c.breakPlan().skills()).hasSize(2));
		assertThat(rows(this.cover.id(), this.client.id(), "COVER_READ_BREAK_PLAN")).isEqualTo(2);
		assertNoRead(notSharing);
		assertThatThrownBy(() -> this.covering.client(this.cover, UUID.randomUUID(), this.client.id()))
			.isInstanceOf(NotFoundException.class);

		// after: nothing listed, every read 404
		at(MARCH_28.plusDays(1), 0);
		assertThat(this.covering.absences(this.cover)).isEmpty();
		assertNoRead(this.client);
	}

	@Test
	void anotherColleagueAndTheClientsOwnTherapistAreNotTheCover() {
		CurrentUser otherColleague = this.people.colleagueOf(this.therapist);
		this.plans.save(this.client, this.absence.id(), plan(List.of(), true, true));
		at(MARCH_22, 12);

		assertThat(this.covering.absences(otherColleague)).isEmpty();
		assertThatThrownBy(() -> this.covering.client(otherColleague, this.absence.id(), this.client.id()))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.covering.absences(this.therapist)).isEmpty();
		assertThatThrownBy(() -> this.covering.client(this.therapist, this.absence.id(), this.client.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.covering.absences(this.client)).isInstanceOf(ForbiddenException.class);
		assertThat(this.covering.client(this.cover, this.absence.id(), this.client.id()).clientId())
			.isEqualTo(this.client.id());
	}

	@Test
	void revokingTheChoiceOrBeingRemovedAsColleagueEndsTheCoversAccess() {
		this.plans.save(this.client, this.absence.id(), plan(List.of(), true, false));
		at(MARCH_22, 12);
		assertThat(this.covering.client(this.cover, this.absence.id(), this.client.id())).isNotNull();

		this.plans.save(this.client, this.absence.id(), plan(List.of(), false, false));
		assertNoRead(this.client);
		assertThat(this.plans.plan(this.client, this.absence.id()).shareWithCover()).isFalse();

		this.plans.save(this.client, this.absence.id(), plan(List.of(), true, false));
		this.links.removeColleague(this.therapist, this.cover.id());
		assertNoRead(this.client);
		assertThat(this.covering.absences(this.cover)).isEmpty();
	}

	private void assertNoRead(CurrentUser client) {
		int before = rows(this.cover.id(), client.id(), "COVER_READ_BREAK_PLAN");
		assertThatThrownBy(() -> this.covering.client(this.cover, this.absence.id(), client.id()))
			.isInstanceOf(NotFoundException.class);
		assertThat(rows(this.cover.id(), client.id(), "COVER_READ_BREAK_PLAN")).isEqualTo(before);
	}

}
