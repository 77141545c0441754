package org.between.checkin;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.between.accounts.Accounts;
import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.shared.ForbiddenException;
import org.between.shared.InvalidInputException;
import org.between.shared.NotFoundException;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The check-in store and facade against a real database; the subclasses run it on H2 and
 * on PostgreSQL.
 */
@ModuleTest
@RecordApplicationEvents
abstract class CheckinsModuleTests {

	@Autowired
	Checkins checkins;

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

	@Autowired
	ApplicationEvents events;

	ModulePeople people;

	Instant now;

	@BeforeEach
	void setUp() {
		this.clock.set(Instant.now());
		this.now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		this.people = new ModulePeople(this.accounts, this.links, this.clock);
	}

	@Test
	void everyFieldIsStoredAndReadBackUnchanged() {
		CurrentUser client = this.people.client();
		String note = "Zeile eins\nZeile zwei — 🌧️ ½ \"quoted\" 'single' <tag> %s \\ 100%";
		RecordedCheckin recorded = this.checkins.record(client,
				new NewCheckin(this.now.minus(Duration.ofHours(30)).toString(), 0, 10,
						List.of("NUMB", "ASHAMED", "GRATEFUL"),
						Map.of("SELF_HARM", 2, "SUBSTANCES", 5, "QUIT_THERAPY", 1), "SUPPORT_GROUP",
						List.of(new NewCheckin.Action("ACTED_ON_URGE", null, null, "SUBSTANCES"),
								new NewCheckin.Action("REACHED_OUT", null, "CRISIS_LINE", null),
								new NewCheckin.Action("WAITED_FOR_SESSION", null, null, null),
								new NewCheckin.Action("REACHED_OUT", null, "FAMILY", null)),
						note));

		CheckinView read = this.checkins.find(client, recorded.id());

		assertThat(read.at()).isEqualTo(this.now.minus(Duration.ofHours(30)));
		assertThat(read.recordedAt()).isEqualTo(this.now);
		assertThat(read.mood()).isZero();
		assertThat(read.distress()).isEqualTo(10);
		assertThat(read.emotions()).containsExactly(Emotion.ASHAMED, Emotion.NUMB, Emotion.GRATEFUL);
		assertThat(read.urges()).containsExactly(Map.entry(Urge.SELF_HARM, 2), Map.entry(Urge.SUICIDAL_THOUGHTS, 0),
				Map.entry(Urge.BINGE_PURGE, 0), Map.entry(Urge.SUBSTANCES, 5), Map.entry(Urge.QUIT_THERAPY, 1),
				Map.entry(Urge.CONTACT_THERAPIST, 0));
		assertThat(read.highestUrge()).isEqualTo(5);
		assertThat(read.firstTurnedTo()).isEqualTo(TurnedTo.SUPPORT_GROUP);
		assertThat(read.actions()).containsExactly(CheckinAction.actedOnUrge(Urge.SUBSTANCES),
				CheckinAction.reachedOut(TurnedTo.CRISIS_LINE), CheckinAction.waitedForSession(),
				CheckinAction.reachedOut(TurnedTo.FAMILY));
		assertThat(read.note()).isEqualTo(note);
		assertThat(read.riskFlagged()).isFalse();
		assertThat(read).isEqualTo(this.checkins.list(client, null, null, null, null).get(0));
	}

	@Test
	void theSmallestCheckInHasNoEmotionsActionsNoteOrFirstTurn() {
		CurrentUser client = this.people.client();
		RecordedCheckin recorded = this.checkins.record(client,
				new NewCheckin(null, 5, 5, null, null, null, null, "   "));

		CheckinView read = this.checkins.find(client, recorded.id());
		assertThat(read.emotions()).isEmpty();
		assertThat(read.actions()).isEmpty();
		assertThat(read.note()).isNull();
		assertThat(read.firstTurnedTo()).isNull();
		assertThat(read.urges()).hasSize(6).allSatisfy((urge, value) -> assertThat(value).isZero());
	}

	@Test
	void aRiskCheckInIsFlaggedStoredAndAnnounced() {
		CurrentUser client = this.people.client();
		RecordedCheckin recorded = this.checkins.record(client,
				new NewCheckin(null, 2, 8, null, Map.of("SUICIDAL_THOUGHTS", 1), null, null, null));

		assertThat(recorded.safety().triggered()).isTrue();
		assertThat(recorded.safety().reasons()).containsExactly("SUICIDAL_THOUGHTS");
		assertThat(this.jdbc.queryForObject("select risk_flagged from checkin_entry where id = ?", Boolean.class,
				recorded.id()))
			.isTrue();
		assertThat(this.events.stream(CheckinRecorded.class).filter((e) -> e.checkinId().equals(recorded.id())))
			.containsExactly(new CheckinRecorded(recorded.id(), client.id(), this.now, true));
	}

	@Test
	void everyCheckInIsAnnouncedWithItsMoment() {
		CurrentUser client = this.people.client();
		Instant at = this.now.minus(Duration.ofDays(2));
		RecordedCheckin recorded = this.checkins.record(client,
				new NewCheckin(at.toString(), 6, 2, null, null, null, null, null));

		assertThat(this.events.stream(CheckinRecorded.class).filter((e) -> e.clientId().equals(client.id())))
			.containsExactly(new CheckinRecorded(recorded.id(), client.id(), at, false));
	}

	@Test
	void badInputStoresNothingAndAnnouncesNothing() {
		CurrentUser client = this.people.client();
		assertThatThrownBy(() -> this.checkins.record(client,
				new NewCheckin(null, 11, 5, List.of("SAD"), Map.of("SELF_HARM", 5), null, null, null)))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from checkin_entry where client_id = ?", Integer.class,
				client.id()))
			.isZero();
		assertThat(this.events.stream(CheckinRecorded.class).filter((e) -> e.clientId().equals(client.id()))).isEmpty();
	}

	@Test
	void therapistsCannotCheckInAndClientsSeeOnlyTheirOwn() {
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.clientOf(therapist);
		CurrentUser other = this.people.client();
		UUID id = this.checkins.record(client, new NewCheckin(null, 5, 5, null, null, null, null, null)).id();

		assertThatThrownBy(
				() -> this.checkins.record(therapist, new NewCheckin(null, 5, 5, null, null, null, null, null)))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.checkins.find(other, id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.checkins.find(therapist, id)).isInstanceOf(ForbiddenException.class);
		assertThat(this.checkins.list(other, null, null, null, null)).isEmpty();
	}

	@Test
	void betweenIsOldestFirstHalfOpenAndOnlyTheClients() {
		CurrentUser client = this.people.client();
		CurrentUser other = this.people.client();
		UUID sixDays = at(client, Duration.ofDays(6), 1, null);
		UUID fourDays = at(client, Duration.ofDays(4), 2, "SELF");
		UUID twoDays = at(client, Duration.ofDays(2), 3, "THERAPIST");
		UUID oneHour = at(client, Duration.ofHours(1), 4, "FRIEND");
		at(other, Duration.ofDays(3), 9, "PARTNER");

		assertThat(this.checkins.between(client, null, null)).extracting(CheckinSummary::id)
			.containsExactly(sixDays, fourDays, twoDays, oneHour);
		List<CheckinSummary> middle = this.checkins.between(client, this.now.minus(Duration.ofDays(4)),
				this.now.minus(Duration.ofDays(2)));
		assertThat(middle).extracting(CheckinSummary::id).containsExactly(fourDays);
		assertThat(middle.get(0).mood()).isEqualTo(2);
		assertThat(middle.get(0).firstTurnedTo()).isEqualTo(TurnedTo.SELF);
		assertThat(middle.get(0).urges()).containsEntry(Urge.BINGE_PURGE, 1);
		assertThat(middle.get(0).highestUrge()).isEqualTo(1);

		assertThat(this.checkins.firstTurns(client, null, null)).containsExactly(
				new FirstTurn(fourDays, this.now.minus(Duration.ofDays(4)), TurnedTo.SELF),
				new FirstTurn(twoDays, this.now.minus(Duration.ofDays(2)), TurnedTo.THERAPIST),
				new FirstTurn(oneHour, this.now.minus(Duration.ofHours(1)), TurnedTo.FRIEND));
		assertThat(this.checkins.firstTurns(client, this.now.minus(Duration.ofDays(3)), this.now))
			.extracting(FirstTurn::turnedTo)
			.containsExactly(TurnedTo.THERAPIST, TurnedTo.FRIEND);
	}

	@Test
	void aLinkedTherapistsReadIsAuditedAndAStrangerFindsNothing() {
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.sharingClientOf(therapist);
		at(client, Duration.ofHours(2), 5, "FRIEND");

		assertThat(this.checkins.between(therapist, client.id(), null, null)).hasSize(1);
		assertThat(this.audit.about(client.id(), 1).get(0).action()).isEqualTo("CHECKINS_READ");
		assertThat(this.checkins.between(client, client.id(), null, null)).hasSize(1);

		CurrentUser stranger = this.people.therapist();
		CurrentUser otherClient = this.people.client();
		assertThatThrownBy(() -> this.checkins.between(stranger, client.id(), null, null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.checkins.between(otherClient, client.id(), null, null))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void pagesFollowTheMomentThenTheIdEvenWhenMomentsAreEqual() {
		CurrentUser client = this.people.client();
		Instant same = this.now.minus(Duration.ofHours(3));
		UUID[] ties = new UUID[4];
		for (int i = 0; i < ties.length; i++) {
			ties[i] = this.checkins.record(client, new NewCheckin(same.toString(), i, 5, null, null, null, null, null))
				.id();
		}
		UUID newest = at(client, Duration.ofMinutes(5), 7, null);
		// Both databases order UUIDs as unsigned bytes: the order of their lower-case
		// text.
		List<UUID> tiesNewestFirst = Arrays.stream(ties)
			.sorted(Comparator.comparing(UUID::toString).reversed())
			.toList();

		List<CheckinView> first = this.checkins.list(client, null, null, 2, null);
		List<CheckinView> second = this.checkins.list(client, null, null, 2, first.get(1).id().toString());
		List<CheckinView> third = this.checkins.list(client, null, null, 2, second.get(1).id().toString());

		assertThat(first).extracting(CheckinView::id).containsExactly(newest, tiesNewestFirst.get(0));
		assertThat(second).extracting(CheckinView::id).containsExactly(tiesNewestFirst.get(1), tiesNewestFirst.get(2));
		assertThat(third).extracting(CheckinView::id).containsExactly(tiesNewestFirst.get(3));
	}

	private UUID at(CurrentUser client, Duration ago, int mood, String firstTurnedTo) {
		return this.checkins
			.record(client,
					new NewCheckin(this.now.minus(ago).toString(), mood, 5, null, Map.of("BINGE_PURGE", 1),
							firstTurnedTo, null, null))
			.id();
	}

}
