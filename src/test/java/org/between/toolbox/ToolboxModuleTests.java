package org.between.toolbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.checkin.SkillCatalog;
import org.between.checkin.SkillCatalog.SkillChoice;
import org.between.checkin.SkillCatalog.SuggestedSkill;
import org.between.shared.InvalidInputException;
import org.between.shared.NotFoundException;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.between.toolbox.Toolbox.NewPractice;
import org.between.toolbox.Toolbox.NewSkill;
import org.between.toolbox.Toolbox.TherapistSkill;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The toolbox against a real database; run on H2 and on PostgreSQL by the subclasses. */
@ModuleTest
abstract class ToolboxModuleTests {

	static final UUID BREATHING = UUID.fromString("423b309d-f53b-4253-a2e2-ad54855b7b66");

	static final UUID GROUNDING = UUID.fromString("ddcd28b2-f284-4d02-b2f2-a1c06b1351b7");

	@Autowired
	Toolbox toolbox;

	@Autowired
	SkillCatalog catalog;

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	AuditLog audit;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	ModulePeople people;

	@BeforeEach
	void setUp() {
		this.people = new ModulePeople(this.accounts, this.links, this.clock);
	}

	@Test
	void anOwnSkillKeepsItsStepsInOrderAndAnyUnicodeUnchanged() {
		CurrentUser client = this.people.client();
		String step = "Atme ein \u2013 z\u00e4hle bis vier \uD83C\uDF3F";
		Skill created = this.toolbox.create(client,
				new NewSkill("  Ruhe \u00fcben  ", List.of("first", step, "third"), List.of("sleep", "ANXIETY")));

		Skill read = this.toolbox.skill(client, created.id());
		assertThat(read.name()).isEqualTo("Ruhe \u00fcben");
		assertThat(read.steps()).containsExactly("first", step, "third");
		assertThat(read.tags()).containsExactly(Situation.ANXIETY, Situation.SLEEP);
		assertThat(read.createdAt()).isEqualTo(created.createdAt());
		assertThat(this.toolbox.skills(client)).hasSize(11).last().extracting(Skill::id).isEqualTo(created.id());
		assertThatThrownBy(() -> this.toolbox.skill(this.people.client(), created.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aRefusedSkillOrPracticeStoresNothing() {
		CurrentUser client = this.people.client();
		assertThatThrownBy(() -> this.toolbox.create(client, new NewSkill("x".repeat(101), List.of(""), List.of())))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.toolbox.practise(client, BREATHING, new NewPractice(3, 11, null, null, null)))
			.isInstanceOf(InvalidInputException.class);
		assertThat(count("toolbox_skill", client.id())).isZero();
		assertThat(count("toolbox_practice", client.id())).isZero();
	}

	@Test
	void theRankingFollowsTheFormulaPerSituationAndAfterARemoval() {
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.sharingClientOf(therapist);
		Skill own = this.toolbox.create(client, new NewSkill("Walk", List.of("Go outside"), List.of("LOW_MOOD")));
		practise(client, BREATHING, 8, 2, "ANXIETY"); // 6
		practise(client, BREATHING, 5, 5, "ANXIETY"); // 0
		practise(client, own.id(), 7, 4, "LOW_MOOD"); // 3
		practise(client, GROUNDING, 6, 3, null); // 3

		// ANXIETY: mean_all 3; breathing n 2, mean 3 → 3
		List<RankedSkill> anxiety = this.toolbox.ranking(client, "anxiety");
		assertThat(anxiety.get(0).skillId()).isEqualTo(BREATHING);
		assertThat(anxiety.get(0).estimatedReduction()).isEqualTo(3.0);
		assertThat(anxiety.subList(1, anxiety.size())).allSatisfy((r) -> assertThat(r.practices()).isZero());

		// all: mean_all = 12 / 4 = 3; every practised skill is estimated at 3; ties by
		// count then name
		List<RankedSkill> all = this.toolbox.ranking(client, null);
		assertThat(all).extracting(RankedSkill::skillId).startsWith(BREATHING, GROUNDING, own.id());

		this.toolbox.remove(client, own.id());
		List<RankedSkill> afterRemoval = this.toolbox.ranking(this.links.requireLinkedClient(therapist, client.id()),
				Situation.LOW_MOOD);
		assertThat(afterRemoval).extracting(RankedSkill::skillId).doesNotContain(own.id());
		// the removed skill's practice still sets mean_all for the untried ones
		assertThat(afterRemoval.get(0).estimatedReduction()).isEqualTo(3.0);
		assertThat(count("toolbox_practice", client.id())).isEqualTo(4);
	}

	@Test
	void practicesInAPeriodComeWithTheSkillsNameEvenAfterItWasRemoved() {
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.sharingClientOf(therapist);
		LinkedClient linked = this.links.requireLinkedClient(therapist, client.id());
		Instant start = this.clock.instant().minusSeconds(1);
		Skill own = this.toolbox.create(client, new NewSkill("Walk", List.of("Go outside"), List.of()));
		practise(client, own.id(), 7, 4, null);
		this.clock.advance(Duration.ofDays(2));
		practise(client, BREATHING, 6, 6, "SLEEP");
		this.toolbox.remove(client, own.id());

		List<Practice> both = this.toolbox.practices(linked, start, this.clock.instant().plusSeconds(1));
		assertThat(both).extracting(Practice::skillName).containsExactly("Walk", "Paced breathing");
		assertThat(both).extracting(Practice::reduction).containsExactly(3, 0);
		assertThat(both.get(1).situation()).isEqualTo(Situation.SLEEP);
		// from is inclusive, to exclusive
		Instant second = both.get(1).practisedAt();
		assertThat(this.toolbox.practices(linked, start.plus(Duration.ofDays(1)), second)).isEmpty();
		assertThat(this.toolbox.practices(linked, second, second.plusNanos(1000))).hasSize(1);
	}

	@Test
	void theTherapistsSkillIsAuditedAndOnlyForALinkedClient() {
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.clientOf(therapist);
		Skill skill = this.toolbox.addForClient(therapist, client.id(),
				new TherapistSkill("Safe place", List.of("Picture it"), List.of("FLASHBACK"), "daily"));
		assertThat(this.toolbox.skill(client, skill.id()).fromTherapist()).isTrue();
		var entry = this.audit.about(client.id(), 1).get(0);
		assertThat(entry.action()).isEqualTo("TOOLBOX_SKILL_ADDED");
		assertThat(entry.itemId()).isEqualTo(skill.id().toString());

		CurrentUser stranger = this.people.therapist();
		assertThatThrownBy(() -> this.toolbox.addForClient(stranger, client.id(),
				new TherapistSkill("x", List.of("y"), List.of(), null)))
			.isInstanceOf(NotFoundException.class);
		assertThat(count("toolbox_skill", client.id())).isEqualTo(1);
	}

	@Test
	void theCatalogOffersPractisedSkillsFirstAndFillsWithBuiltIns() {
		CurrentUser client = this.people.client();
		Skill own = this.toolbox.create(client, new NewSkill("Walk", List.of("Go outside"), List.of()));
		assertThat(this.catalog.suggestionsFor(client, 3)).extracting(SuggestedSkill::skillId)
			.containsExactly(BREATHING, GROUNDING, UUID.fromString("d0579aa2-fa54-48c9-b3d5-c1e6a49b2992"));

		practise(client, own.id(), 8, 2, null);
		practise(client, GROUNDING, 8, 6, null);
		// mean_all 4: own (6 + 12) / 4 = 4.5, grounding (2 + 12) / 4 = 3.5, then
		// breathing (built-in)
		List<SuggestedSkill> suggestions = this.catalog.suggestionsFor(client, 3);
		assertThat(suggestions).extracting(SuggestedSkill::skillId).containsExactly(own.id(), GROUNDING, BREATHING);
		assertThat(suggestions.get(0).estimatedReduction()).isEqualTo(4.5);
		assertThat(this.catalog.suggestionsFor(client, 1)).extracting(SuggestedSkill::skillId)
			.containsExactly(own.id());

		assertThat(this.catalog.skillsOf(client)).extracting(SkillChoice::name)
			.contains("Walk", "Paced breathing")
			.isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(this.catalog.isUsableBy(client, own.id())).isTrue();
		assertThat(this.catalog.isUsableBy(client, BREATHING)).isTrue();
		assertThat(this.catalog.isUsableBy(this.people.client(), own.id())).isFalse();
		assertThat(this.catalog.isUsableBy(client, UUID.randomUUID())).isFalse();
	}

	private void practise(CurrentUser client, UUID skill, int before, int after, String situation) {
		this.toolbox.practise(client, skill, new NewPractice(before, after, situation, null, null));
	}

	private int count(String table, UUID clientId) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where client_id = ?", Integer.class,
				clientId);
	}

}
