package org.between.safety;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.CoveredClient;
import org.between.accounts.CurrentUser;
import org.between.shared.InvalidInputException;
import org.between.shared.InvalidInputException.FieldProblem;
import org.between.shared.NotFoundException;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Safety plans against a real database; run on H2 and on PostgreSQL by the subclasses.
 */
@ModuleTest
abstract class SafetyPlansTests {

	@Autowired
	SafetyPlans plans;

	@Autowired
	SafetyNet safetyNet;

	@Autowired
	AuditLog audit;

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	MutableClock clock;

	ModulePeople people;

	@BeforeEach
	void setUp() {
		this.people = new ModulePeople(this.accounts, this.links, this.clock);
	}

	static SafetyPlanInput plan(boolean shared, String... coping) {
		return new SafetyPlanInput(List.of("I stop answering messages"), List.of(coping), List.of(),
				List.of(new Contact("Maya", "+44 7700 900123")), List.of(), List.of(), List.of("My cat ✨ Пушок"),
				shared, null);
	}

	@Test
	void versionsCountUpPerClientAndKeepTheirText() {
		CurrentUser client = this.people.client();
		CurrentUser other = this.people.client();
		assertThat(this.plans.save(client, plan(false, "Breathe")).version()).isEqualTo(1);
		assertThat(this.plans.save(other, plan(false, "Walk")).version()).isEqualTo(1);
		assertThat(this.plans.save(client, plan(false, "Breathe", "Walk")).version()).isEqualTo(2);

		assertThat(this.plans.history(client)).extracting(SafetyPlan::version).containsExactly(2, 1);
		assertThat(this.plans.version(client, 1).copingStrategies()).containsExactly("Breathe");
		assertThat(this.plans.current(client).reasonsForLiving()).containsExactly("My cat ✨ Пушок");
		assertThatThrownBy(() -> this.plans.version(other, 2)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void theFacadeRefusesAPlanOverTheLimitsWithEveryProblemAndStoresNothing() {
		CurrentUser client = this.people.client();
		List<String> tooMany = java.util.Collections.nCopies(21, "Walk");
		SafetyPlanInput input = new SafetyPlanInput(List.of("x".repeat(501)), tooMany, null,
				List.of(new Contact(" ", "0660"), new Contact("n".repeat(101), "call me")), null, null, null, null,
				"Irl");
		assertThatThrownBy(() -> this.plans.save(client, input)).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.problems()).containsExactly(
						new FieldProblem("warningSigns[0]", "safety.step.tooLong"),
						new FieldProblem("copingStrategies", "safety.step.tooLong"),
						new FieldProblem("peopleToAsk[0].name", "safety.contact.nameMissing"),
						new FieldProblem("peopleToAsk[1].name", "safety.contact.nameTooLong"),
						new FieldProblem("peopleToAsk[1].phone", "safety.phone.format"),
						new FieldProblem("crisisCountry", "safety.country.format")));
		assertThat(this.plans.history(client)).isEmpty();
		// At the limits it is saved.
		SafetyPlan saved = this.plans.save(client,
				new SafetyPlanInput(List.of("x".repeat(500)), java.util.Collections.nCopies(20, "Walk"), null,
						List.of(new Contact("n".repeat(100), "+43 (0) 660-12.34/5")), null, null, null, null, "ie"));
		assertThat(saved.version()).isEqualTo(1);
	}

	@Test
	void aProposalOverTheLimitsIsRefusedByTheFacade() {
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.clientOf(therapist);
		this.plans.save(client, plan(true, "Breathe"));
		ProposedPlan proposal = new ProposedPlan(null, List.of("y".repeat(501)), null, null, null, null, null,
				"z".repeat(2001));
		assertThatThrownBy(() -> this.plans.propose(therapist, client.id(), proposal)).isInstanceOfSatisfying(
				InvalidInputException.class,
				(ex) -> assertThat(ex.problems()).containsExactly(
						new FieldProblem("copingStrategies[0]", "safety.step.tooLong"),
						new FieldProblem("note", "safety.proposal.noteTooLong")));
		assertThat(this.plans.sharedWithProposals(therapist, client.id()).proposals()).isEmpty();
	}

	@Test
	void blankEntriesAreLeftOutAndTheCountryIsUpperCase() {
		CurrentUser client = this.people.client();
		SafetyPlan saved = this.plans.save(client, new SafetyPlanInput(List.of("  ", "Tired "), null, null,
				List.of(new Contact(" Maya ", " 123 ")), null, null, null, null, "ie"));
		assertThat(saved.warningSigns()).containsExactly("Tired");
		assertThat(saved.peopleToAsk()).containsExactly(new Contact("Maya", "123"));
		assertThat(saved.copingStrategies()).isEmpty();
		assertThat(saved.sharedWithTherapist()).isFalse();
		assertThat(saved.crisisCountry()).isEqualTo("IE");
		// The lines follow the person's one country setting (GB from their time zone),
		// not
		// the plan.
		assertThat(this.safetyNet.linesFor(client).get(0).phone()).isEqualTo("999");
		this.accounts.changeCountry(client, "ie");
		assertThat(this.safetyNet.linesFor(client).get(0).phone()).isEqualTo("112");
		assertThat(this.safetyNet.countryOf(client)).isEqualTo("IE");
	}

	@Test
	void aTherapistReadsOnlyASharedPlanOfTheirOwnClientAndEachReadIsAudited() {
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.clientOf(therapist);
		this.plans.save(client, plan(false, "Breathe"));
		assertThatThrownBy(() -> this.plans.sharedWith(therapist, client.id())).isInstanceOf(NotFoundException.class);

		this.plans.save(client, plan(true, "Breathe"));
		assertThat(this.plans.sharedWith(therapist, client.id()).copingStrategies()).containsExactly("Breathe");
		assertThat(this.audit.about(client.id(), 5)).first()
			.satisfies((row) -> assertThat(row.action()).isEqualTo("SAFETY_PLAN_READ"));

		CurrentUser stranger = this.people.therapist();
		assertThatThrownBy(() -> this.plans.sharedWith(stranger, client.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.audit.verify().intact()).isTrue();
	}

	/**
	 * The covering colleague reads the client's current plan during the absence the
	 * client shared it for, whatever the plan's "shared with my therapist" says; each
	 * read is the cover's row in the client's audit log. An empty plan is no read.
	 */
	@Test
	void theCoverReadsTheCurrentPlanDuringTheAbsenceAndEachReadIsAudited() {
		this.clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		CurrentUser therapist = this.people.therapist();
		CurrentUser cover = this.people.colleagueOf(therapist);
		CurrentUser client = this.people.clientOf(therapist);
		UUID absence = UUID.randomUUID();
		Instant start = this.clock.instant().plus(Duration.ofDays(1));
		this.links.grantCover(client, cover.id(), absence, start, start.plus(Duration.ofDays(7)));
		this.clock.set(start);
		CoveredClient covered = this.links.requireCoveredClient(cover, client.id());

		assertThat(this.plans.forCover(covered).version()).as("no plan yet").isZero();
		assertThat(this.audit.about(client.id(), 1)).singleElement()
			.satisfies((row) -> assertThat(row.action()).isEqualTo("COVER_GRANTED"));

		this.plans.save(client, plan(false, "Breathe"));
		this.plans.save(client, plan(false, "Breathe", "Walk"));
		SafetyPlan read = this.plans.forCover(covered);
		assertThat(read.version()).isEqualTo(2);
		assertThat(read.copingStrategies()).containsExactly("Breathe", "Walk");
		assertThat(this.audit.about(client.id(), 1)).singleElement().satisfies((row) -> {
			assertThat(row.action()).isEqualTo("COVER_READ_SAFETY_PLAN");
			assertThat(row.actorId()).isEqualTo(cover.id());
			assertThat(row.actorName()).isEqualTo(cover.displayName());
			assertThat(row.itemId()).isEqualTo("2");
		});
		assertThatThrownBy(() -> this.plans.sharedWith(cover, client.id()))
			.as("the cover is not the client's therapist")
			.isInstanceOf(NotFoundException.class);

		this.clock.set(start.plus(Duration.ofDays(7)));
		assertThatThrownBy(() -> this.links.requireCoveredClient(cover, client.id()))
			.as("after the absence there is no CoveredClient to read with")
			.isInstanceOf(NotFoundException.class);
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void theSafetyNetTriggersOnlyWithAReason() {
		CurrentUser client = this.people.client();
		assertThat(this.safetyNet.respond(client, List.of()).triggered()).isFalse();
		SafetyResponse response = this.safetyNet.respond(client, List.of("PHQ9_ITEM_9"));
		assertThat(response.triggered()).isTrue();
		assertThat(response.crisisLines()).extracting(CrisisLine::phone).contains("999", "116 123");
		assertThat(SafetyNet.screenFor(response)).isEqualTo("/safety/now?reason=PHQ9_ITEM_9");
	}

}
