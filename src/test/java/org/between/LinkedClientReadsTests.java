package org.between;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.accounts.Sharing;
import org.between.accounts.SharingChoice;
import org.between.accounts.SharingChoice.Category;
import org.between.checkin.Checkins;
import org.between.checkin.NewCheckin;
import org.between.journal.Journal;
import org.between.journal.NewJournalEntry;
import org.between.measures.Measures;
import org.between.shared.ForbiddenException;
import org.between.shared.NotFoundException;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.between.toolbox.Toolbox;
import org.between.toolbox.Toolbox.NewPractice;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reads other modules make for a therapist take the {@link LinkedClient} that the
 * link check made, and each asks the client's choice of "What my therapist sees" for its
 * own category again ({@link Sharing}): holding the link is not enough to read a category
 * the client does not share.
 */
@ModuleTest
class LinkedClientReadsTests {

	static final UUID BREATHING = UUID.fromString("423b309d-f53b-4253-a2e2-ad54855b7b66");

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	Sharing sharing;

	@Autowired
	Checkins checkins;

	@Autowired
	Measures measures;

	@Autowired
	Toolbox toolbox;

	@Autowired
	Journal journal;

	@Autowired
	MutableClock clock;

	ModulePeople people;

	CurrentUser therapist;

	CurrentUser client;

	LinkedClient linked;

	Instant from;

	Instant to;

	@BeforeEach
	void setUp() {
		this.clock.set(Instant.now());
		this.people = new ModulePeople(this.accounts, this.links, this.clock);
		this.therapist = this.people.therapist();
		this.client = this.people.clientOf(this.therapist);
		this.linked = this.links.requireLinkedClient(this.therapist, this.client.id());
		this.from = this.clock.instant().minus(Duration.ofDays(1));
		this.checkins.record(this.client, new NewCheckin(null, 4, 6, null, null, "FRIEND", null, "my note"));
		this.measures.respond(this.client, "PHQ9", List.of(1, 1, 1, 1, 1, 1, 1, 1, 0));
		this.toolbox.practise(this.client, BREATHING, new NewPractice(7, 4, null, null, null));
		this.journal.write(this.client, new NewJournalEntry("For Thursday", "text", 3, true, false));
		this.to = this.clock.instant().plusSeconds(1);
	}

	@Test
	void withNothingSharedEveryCategoryReadIsNotFoundAndTheAgendaIsThere() {
		assertThatThrownBy(() -> this.checkins.between(this.linked, this.from, this.to))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.checkins.firstTurns(this.linked, this.from, this.to))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.measures.responsesBetween(this.linked, this.from, this.to))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.toolbox.ranking(this.linked, null)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.toolbox.practices(this.linked, this.from, this.to))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.journal.agenda(this.linked)).singleElement()
			.satisfies((item) -> assertThat(item.shared()).isFalse());
	}

	@Test
	void riskFlagsAloneOpenTheCheckInsAndResponsesTheyAreReadFromAndNothingElse() {
		this.sharing.change(this.client, Category.RISK_FLAGS, true);

		assertThat(this.checkins.between(this.linked, this.from, this.to)).hasSize(1);
		assertThat(this.measures.responsesBetween(this.linked, this.from, this.to)).hasSize(1);
		assertThatThrownBy(() -> this.checkins.firstTurns(this.linked, this.from, this.to))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.toolbox.practices(this.linked, this.from, this.to))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void eachCategoryOpensItsOwnRead() {
		this.sharing.change(this.client, new SharingChoice(true, false, true, false, false));
		assertThat(this.checkins.between(this.linked, this.from, this.to)).hasSize(1);
		assertThat(this.measures.responsesBetween(this.linked, this.from, this.to)).hasSize(1);
		assertThatThrownBy(() -> this.toolbox.ranking(this.linked, null)).isInstanceOf(NotFoundException.class);

		this.sharing.change(this.client, new SharingChoice(false, false, false, true, true));
		assertThat(this.toolbox.practices(this.linked, this.from, this.to)).singleElement()
			.satisfies((p) -> assertThat(p.reduction()).isEqualTo(3));
		assertThat(this.checkins.firstTurns(this.linked, this.from, this.to)).hasSize(1);
		assertThat(this.toolbox.ranking(this.linked, null).get(0).skillId()).isEqualTo(BREATHING);
		assertThatThrownBy(() -> this.checkins.between(this.linked, this.from, this.to))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theOwnReadsAreTheClientsAlone() {
		assertThat(this.journal.agendaCount(this.client)).isEqualTo(1);
		assertThat(this.checkins.between(this.client, this.from, this.to)).hasSize(1);
		assertThat(this.checkins.firstTurns(this.client, this.from, this.to)).hasSize(1);
		assertThatThrownBy(() -> this.journal.agendaCount(this.therapist)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.checkins.between(this.therapist, this.from, this.to))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.checkins.firstTurns(this.therapist, this.from, this.to))
			.isInstanceOf(ForbiddenException.class);
	}

}
