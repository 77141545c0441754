package org.between.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.sessions.Sessions.SessionRequest;
import org.between.shared.InvalidInputException;
import org.between.shared.NotFoundException;
import org.between.shared.RuleViolationException;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 16 item 11 against a real database (H2 and PostgreSQL by the subclasses): a
 * client asks for a make-up where the ruling offered one, the therapist books one of the
 * times as MAKE_UP; past, overlapping and unoffered times are refused and store nothing.
 */
@ModuleTest
abstract class MakeUpRequestsModuleTests {

	static final Instant MONDAY = Instant.parse("2027-03-01T08:00:00Z");

	@Autowired
	Sessions sessions;

	@Autowired
	MakeUpRequests makeUps;

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	MutableClock clock;

	CurrentUser therapist;

	CurrentUser client;

	@BeforeEach
	void setUp() {
		this.clock.set(MONDAY);
		ModulePeople people = new ModulePeople(this.accounts, this.links, this.clock);
		this.therapist = people.therapist();
		this.client = people.clientOf(this.therapist);
	}

	private SessionView book(Instant at) {
		return this.sessions.book(this.therapist, this.client.id(),
				new SessionRequest(at, 50, SessionKind.REGULAR, null, null));
	}

	private SessionView cancelledByTherapist() {
		SessionView session = book(MONDAY.plus(Duration.ofDays(2)));
		this.sessions.cancel(this.therapist, session.id(), "ill");
		return session;
	}

	@Test
	void theClientAsksAndTheTherapistBooksOneTimeAsAMakeUp() {
		SessionView cancelled = cancelledByTherapist();
		Instant first = MONDAY.plus(Duration.ofDays(3));
		Instant second = MONDAY.plus(Duration.ofDays(4));
		MakeUpRequest request = this.makeUps.request(this.client, cancelled.id(), List.of(first, second));
		assertThat(request.status()).isEqualTo(MakeUpRequest.Status.REQUESTED);
		assertThat(this.makeUps.mine(this.therapist, true)).extracting(MakeUpRequest::id).containsExactly(request.id());
		assertThat(this.makeUps.canRequest(this.client, this.sessions.session(this.client, cancelled.id()))).isFalse();

		SessionView booked = this.makeUps.confirm(this.therapist, request.id(), second);
		assertThat(booked.kind()).isEqualTo(SessionKind.MAKE_UP);
		assertThat(booked.startsAt()).isEqualTo(second);
		assertThat(booked.durationMinutes()).isEqualTo(50);
		assertThat(this.sessions.session(this.client, booked.id()).status()).isEqualTo(SessionStatus.SCHEDULED);
		MakeUpRequest confirmed = this.makeUps.find(this.client, request.id());
		assertThat(confirmed.status()).isEqualTo(MakeUpRequest.Status.CONFIRMED);
		assertThat(confirmed.bookedSessionId()).isEqualTo(booked.id());
		assertThat(this.makeUps.mine(this.therapist, true)).isEmpty();
		assertThatThrownBy(() -> this.makeUps.confirm(this.therapist, request.id(), first))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void badTimesAreRefusedAndNothingIsStored() {
		SessionView cancelled = cancelledByTherapist();
		SessionView other = book(MONDAY.plus(Duration.ofDays(5)));
		assertThatThrownBy(
				() -> this.makeUps.request(this.client, cancelled.id(), List.of(MONDAY.minus(Duration.ofHours(1)))))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("makeUp.options.past");
		assertThatThrownBy(() -> this.makeUps.request(this.client, cancelled.id(),
				List.of(MONDAY.plus(Duration.ofDays(3)), other.startsAt().plus(Duration.ofMinutes(20)))))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("makeUp.options.taken");
		Instant day3 = MONDAY.plus(Duration.ofDays(3));
		assertThatThrownBy(() -> this.makeUps.request(this.client, cancelled.id(),
				List.of(day3, day3.plus(Duration.ofMinutes(30)))))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("makeUp.options.twice");
		assertThatThrownBy(() -> this.makeUps.request(this.client, cancelled.id(), List.of()))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.makeUps.request(this.client, cancelled.id(), List.of(day3,
				day3.plus(Duration.ofDays(1)), day3.plus(Duration.ofDays(2)), day3.plus(Duration.ofDays(3)))))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.makeUps.mine(this.client, false)).isEmpty();
	}

	@Test
	void noMakeUpOfferedNoRequest() {
		SessionView scheduled = book(MONDAY.plus(Duration.ofDays(2)));
		assertThatThrownBy(
				() -> this.makeUps.request(this.client, scheduled.id(), List.of(MONDAY.plus(Duration.ofDays(3)))))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("makeUp.request.notOffered");
		// a client's cancellation without a policy offers no make-up
		SessionView byClient = book(MONDAY.plus(Duration.ofDays(6)));
		this.sessions.cancel(this.client, byClient.id(), null);
		assertThatThrownBy(
				() -> this.makeUps.request(this.client, byClient.id(), List.of(MONDAY.plus(Duration.ofDays(7)))))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("makeUp.request.notOffered");
	}

	@Test
	void aTimeTakenMeanwhileIsRefusedOnConfirmation() {
		SessionView cancelled = cancelledByTherapist();
		Instant time = MONDAY.plus(Duration.ofDays(3));
		MakeUpRequest request = this.makeUps.request(this.client, cancelled.id(), List.of(time));
		book(time.plus(Duration.ofMinutes(10)));
		assertThatThrownBy(() -> this.makeUps.confirm(this.therapist, request.id(), time))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("makeUp.options.taken");
		assertThatThrownBy(() -> this.makeUps.confirm(this.therapist, request.id(), time.plusSeconds(60)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("makeUp.confirm.notAsked");
		this.clock.set(time.plusSeconds(1));
		assertThatThrownBy(() -> this.makeUps.confirm(this.therapist, request.id(), time))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("makeUp.options.past");
	}

	@Test
	void onlyTheTwoOfTheSessionSeeTheRequest() {
		SessionView cancelled = cancelledByTherapist();
		MakeUpRequest request = this.makeUps.request(this.client, cancelled.id(),
				List.of(MONDAY.plus(Duration.ofDays(3))));
		ModulePeople people = new ModulePeople(this.accounts, this.links, this.clock);
		CurrentUser otherTherapist = people.therapist();
		CurrentUser otherClient = people.clientOf(otherTherapist);
		assertThatThrownBy(() -> this.makeUps.find(otherClient, request.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.makeUps.confirm(otherTherapist, request.id(), request.options().get(0)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> this.makeUps.request(otherClient, cancelled.id(), List.of(MONDAY.plus(Duration.ofDays(3)))))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.makeUps.mine(otherTherapist, false)).isEmpty();
	}

}
