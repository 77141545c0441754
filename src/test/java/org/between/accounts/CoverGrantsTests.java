package org.between.accounts;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.between.accounts.ClientLinks.ColleagueRequest;
import org.between.shared.ForbiddenException;
import org.between.shared.InvalidInputException;
import org.between.shared.InvalidInputException.FieldProblem;
import org.between.shared.NotFoundException;
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
 * The cover's access matrix against a real database (the grant queries join links and
 * colleagues over instants); run on H2 and on PostgreSQL by the subclasses. A therapist
 * is away for a week starting tomorrow, a colleague covers, a client shares with them.
 */
@ModuleTest
abstract class CoverGrantsTests {

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	ModulePeople people;

	CurrentUser therapist;

	CurrentUser cover;

	CurrentUser client;

	UUID absence;

	Instant start;

	Instant end;

	@BeforeEach
	void setUp() {
		this.clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		this.people = new ModulePeople(this.accounts, this.links, this.clock);
		this.therapist = this.people.therapist();
		this.cover = this.people.colleagueOf(this.therapist);
		this.client = this.people.clientOf(this.therapist);
		this.absence = UUID.randomUUID();
		this.start = this.clock.instant().plus(Duration.ofDays(1));
		this.end = this.start.plus(Duration.ofDays(7));
	}

	CoverGrant grant() {
		return this.links.grantCover(this.client, this.cover.id(), this.absence, this.start, this.end);
	}

	void at(Instant instant) {
		this.clock.set(instant);
	}

	void notCovered(CurrentUser reader) {
		assertThatThrownBy(() -> this.links.requireCoveredClient(reader, this.client.id()))
			.isInstanceOf(NotFoundException.class);
	}

	List<String> actions(UUID subject) {
		return this.jdbc.queryForList("select action from audit_log where subject_id = ? order by seq", String.class,
				subject);
	}

	@Test
	void theCoverSeesTheClientFromTheStartUntilJustBeforeTheEndOnly() {
		CoverGrant granted = grant();
		assertThat(granted.clientId()).isEqualTo(this.client.id());
		assertThat(granted.clientName()).isEqualTo(this.client.displayName());
		notCovered(this.cover);
		assertThat(this.links.coverGrants(this.cover)).isEmpty();

		at(this.start.minusSeconds(1));
		notCovered(this.cover);

		at(this.start);
		CoveredClient covered = this.links.requireCoveredClient(this.cover, this.client.id());
		assertThat(covered.id()).isEqualTo(this.client.id());
		assertThat(covered.displayName()).isEqualTo(this.client.displayName());
		assertThat(covered.coverId()).isEqualTo(this.cover.id());
		assertThat(covered.absenceId()).isEqualTo(this.absence);
		assertThat(covered.until()).isEqualTo(this.end);
		assertThat(this.links.coverGrants(this.cover)).singleElement()
			.isEqualTo(new CoverGrant(this.client.id(), this.client.displayName(), this.cover.id(), this.absence,
					this.start, this.end));

		at(this.end.minusSeconds(1));
		assertThat(this.links.requireCoveredClient(this.cover, this.client.id()).id()).isEqualTo(this.client.id());

		at(this.end);
		notCovered(this.cover);
		assertThat(this.links.coverGrants(this.cover)).isEmpty();
	}

	@Test
	void aRevokedGrantCountsForNothingAndSharingAgainReopensIt() {
		grant();
		at(this.start.plus(Duration.ofHours(1)));
		assertThat(this.links.revokeCover(this.client, this.absence)).isTrue();
		notCovered(this.cover);
		assertThat(this.links.coverGrants(this.cover)).isEmpty();
		assertThat(this.links.coverGrant(this.client, this.absence)).isEmpty();
		assertThat(this.links.revokeCover(this.client, this.absence)).as("nothing left to revoke").isFalse();

		grant();
		assertThat(this.links.requireCoveredClient(this.cover, this.client.id()).absenceId()).isEqualTo(this.absence);
		assertThat(this.links.coverGrant(this.client, this.absence)).isPresent();
		assertThat(actions(this.client.id())).containsSubsequence("COVER_GRANTED", "COVER_REVOKED", "COVER_GRANTED")
			.filteredOn("COVER_REVOKED"::equals)
			.hasSize(1);
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void theSameChoiceTwiceIsOneGrantAndOneRowAndNewInstantsReplaceTheOld() {
		grant();
		grant();
		assertThat(actions(this.client.id())).filteredOn("COVER_GRANTED"::equals).hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from accounts_cover_grant where client_id = ?",
				Integer.class, this.client.id()))
			.isOne();

		Instant later = this.end.plus(Duration.ofDays(2));
		assertThat(this.links.grantCover(this.client, this.cover.id(), this.absence, this.start, later).endsAt())
			.isEqualTo(later);
		at(this.end.plusSeconds(1));
		assertThat(this.links.requireCoveredClient(this.cover, this.client.id()).until()).isEqualTo(later);
		assertThat(actions(this.client.id())).filteredOn("COVER_GRANTED"::equals).hasSize(2);
	}

	@Test
	void anotherColleagueAStrangerTheOwnTherapistAndTheClientGetNotFound() {
		CurrentUser otherColleague = this.people.colleagueOf(this.therapist);
		CurrentUser stranger = this.people.therapist();
		grant();
		at(this.start.plus(Duration.ofHours(1)));

		notCovered(otherColleague);
		notCovered(stranger);
		notCovered(this.therapist);
		notCovered(this.client);
		assertThat(this.links.coverGrants(otherColleague)).isEmpty();
		assertThat(this.links.requireCoveredClient(this.cover, this.client.id())).isNotNull();
		CurrentUser sharedNothing = this.people.clientOf(this.therapist);
		assertThatThrownBy(() -> this.links.requireCoveredClient(this.cover, sharedNothing.id()))
			.as("a client of the therapist who shared nothing")
			.isInstanceOf(NotFoundException.class);
	}

	/**
	 * Naming a cover who is not a colleague of the client's therapist is a 404 (decided
	 * for this API): the client cannot learn whom their therapist names, nor make a
	 * stranger their cover. The therapist's own naming counts, not the other way round.
	 */
	@Test
	void aCoverWhoIsNotTheTherapistsColleagueIsNotFoundAndNothingIsStored() {
		CurrentUser stranger = this.people.therapist();
		CurrentUser namesTheTherapistOnly = this.people.therapist();
		this.links.addColleague(namesTheTherapistOnly, new ColleagueRequest(email(this.therapist)));

		for (CurrentUser notACover : List.of(stranger, namesTheTherapistOnly, this.client)) {
			assertThatThrownBy(
					() -> this.links.grantCover(this.client, notACover.id(), this.absence, this.start, this.end))
				.isInstanceOf(NotFoundException.class);
		}
		CurrentUser unlinked = this.people.client();
		assertThatThrownBy(() -> this.links.grantCover(unlinked, this.cover.id(), this.absence, this.start, this.end))
			.as("a client without a therapist")
			.isInstanceOf(NotFoundException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from accounts_cover_grant where absence_id = ?",
				Integer.class, this.absence))
			.isZero();
	}

	/** What the absences module asks before it names a cover, and to show them. */
	@Test
	void theTherapistsColleaguesAreAskedByIdAndOnlyTheirOwnNamingCounts() {
		CurrentUser stranger = this.people.therapist();
		assertThat(this.links.isColleague(this.therapist.id(), this.cover.id())).isTrue();
		assertThat(this.links.isColleague(this.therapist.id(), stranger.id())).isFalse();
		assertThat(this.links.isColleague(stranger.id(), this.cover.id())).isFalse();
		assertThat(this.links.colleague(this.therapist, this.cover.id())).hasValueSatisfying((c) -> {
			assertThat(c.displayName()).isEqualTo(this.cover.displayName());
			assertThat(c.email()).isEqualTo(email(this.cover));
		});
		assertThat(this.links.colleague(this.therapist, stranger.id())).isEmpty();
		assertThat(this.links.colleague(stranger, this.cover.id())).isEmpty();
		assertThatThrownBy(() -> this.links.colleague(this.client, this.cover.id()))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void onlyAClientGrantsAndTheirInputIsCheckedFieldByField() {
		assertThatThrownBy(
				() -> this.links.grantCover(this.therapist, this.cover.id(), this.absence, this.start, this.end))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.links.revokeCover(this.cover, this.absence))
			.isInstanceOf(ForbiddenException.class);

		assertThatThrownBy(() -> this.links.grantCover(this.client, null, null, this.end, this.start))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting(FieldProblem::field)
						.containsExactly("coverId", "absenceId", "endsAt"));
		assertThatThrownBy(() -> this.links.grantCover(this.client, this.cover.id(), this.absence,
				this.clock.instant().minus(Duration.ofDays(8)), this.clock.instant()))
			.as("an absence that is over")
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting(FieldProblem::messageKey)
						.containsExactly("cover.ended"));
	}

	@Test
	void withoutASecondFactorTheCoverIsRefused() {
		CurrentUser noSecondFactor = unenrolledTherapist();
		this.links.addColleague(this.therapist, new ColleagueRequest(email(noSecondFactor)));
		this.links.grantCover(this.client, noSecondFactor.id(), this.absence, this.start, this.end);
		at(this.start.plus(Duration.ofHours(1)));

		assertThatThrownBy(() -> this.links.requireCoveredClient(noSecondFactor, this.client.id()))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.links.coverGrants(noSecondFactor)).isInstanceOf(ForbiddenException.class);
	}

	@Test
	void withdrawingTheAbsenceEndsEveryGrantForItAndOnlyThoseEachInItsClientsLog() {
		CurrentUser second = this.people.clientOf(this.therapist);
		UUID otherAbsence = UUID.randomUUID();
		grant();
		this.links.grantCover(second, this.cover.id(), this.absence, this.start, this.end);
		CurrentUser third = this.people.clientOf(this.therapist);
		this.links.grantCover(third, this.cover.id(), otherAbsence, this.start, this.end);

		assertThat(this.links.revokeCoverForAbsence(this.absence)).isEqualTo(2);
		assertThat(this.links.revokeCoverForAbsence(this.absence)).isZero();
		at(this.start.plus(Duration.ofHours(1)));
		notCovered(this.cover);
		assertThat(this.links.coverGrants(this.cover)).extracting(CoverGrant::clientId).containsExactly(third.id());
		for (CurrentUser withdrawn : List.of(this.client, second)) {
			assertThat(this.audit.about(withdrawn.id(), 1)).singleElement().satisfies((row) -> {
				assertThat(row.action()).isEqualTo("COVER_WITHDRAWN");
				assertThat(row.actorId()).isNull();
				assertThat(row.itemId()).isEqualTo(this.absence.toString());
			});
		}
	}

	@Test
	void theGrantStopsCountingWhenTheTherapistNoLongerNamesTheCover() {
		grant();
		at(this.start.plus(Duration.ofHours(1)));
		assertThat(this.links.requireCoveredClient(this.cover, this.client.id())).isNotNull();

		this.links.removeColleague(this.therapist, this.cover.id());
		notCovered(this.cover);
		assertThat(this.links.coverGrants(this.cover)).isEmpty();
		assertThat(this.links.isColleague(this.cover.id(), this.therapist.id()))
			.as("the cover's own naming of the therapist stays")
			.isTrue();
	}

	@Test
	void theCoversListHoldsEveryClientInForceEndingSoonestFirst() {
		CurrentUser second = this.people.clientOf(this.therapist);
		Instant sooner = this.end.minus(Duration.ofDays(3));
		this.links.grantCover(second, this.cover.id(), this.absence, this.start, sooner);
		grant();
		at(this.start);
		assertThat(this.links.coverGrants(this.cover)).extracting(CoverGrant::clientId)
			.containsExactly(second.id(), this.client.id());
		at(sooner);
		assertThat(this.links.coverGrants(this.cover)).extracting(CoverGrant::clientId)
			.containsExactly(this.client.id());
	}

	String email(CurrentUser person) {
		return this.accounts.me(person).email();
	}

	CurrentUser unenrolledTherapist() {
		var account = this.accounts.signUp(new Accounts.NewAccount("t-" + UUID.randomUUID() + "@example.org",
				"a long and unusual passphrase 42", "Dr Unenrolled", Role.THERAPIST, "Europe/Berlin", "en"));
		return this.accounts.refresh(account.id());
	}

}
