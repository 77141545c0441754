package org.between.policy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.shared.InvalidInputException;
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
 * Versions, the version in force at instants, client fees, acknowledgements and frame
 * events against a real database; run on H2 and on PostgreSQL by the subclasses. The
 * therapist is in Europe/Berlin.
 */
@ModuleTest
abstract class PolicyModuleTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/** 10:00 in Berlin. */
	static final Instant START = Instant.parse("2026-11-22T09:00:00Z");

	@Autowired
	Policies policies;

	@Autowired
	ClientFees fees;

	@Autowired
	PolicyAcknowledgements acknowledgements;

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	ModulePeople people;

	@BeforeEach
	void setUp() {
		this.clock.set(START);
		this.people = new ModulePeople(this.accounts, this.links, this.clock);
	}

	static PolicyInput input(String fee, String late, int hours, MakeUpRule makeUp, LocalDate from) {
		return new PolicyInput(hours, new BigDecimal(late), new BigDecimal(fee), "eur", true, makeUp,
				"Ask me about a reduced fee.", from);
	}

	static LocalDate today() {
		return LocalDate.ofInstant(START, BERLIN);
	}

	@Test
	void versionsAreKeptAndRuleByTheInstant() {
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.clientOf(therapist);
		PolicyPublished first = this.policies.publish(therapist,
				input("80", "60", 48, MakeUpRule.WHEN_AVAILABLE, null));
		assertThat(first.version()).isEqualTo(1);
		assertThat(first.effectiveFrom()).isEqualTo(today());
		assertThat(first.effectiveAt()).isEqualTo(START);

		LocalDate later = today().plusDays(30);
		PolicyPublished second = this.policies.publish(therapist,
				input("90", "60", 48, MakeUpRule.WHEN_AVAILABLE, later));
		assertThat(second.effectiveAt()).isEqualTo(later.atStartOfDay(BERLIN).toInstant());

		PolicyTerms now = this.policies.inForce(therapist.id(), client.id(), START.plusSeconds(1)).orElseThrow();
		assertThat(now.version()).isEqualTo(1);
		assertThat(now.feePerSession()).isEqualByComparingTo("80");
		assertThat(now.feePerSession().scale()).isEqualTo(2);
		assertThat(now.currency()).isEqualTo("EUR");
		assertThat(this.policies.inForce(therapist.id(), client.id(), START.minusMillis(1))).isEmpty();
		assertThat(this.policies.inForce(therapist.id(), client.id(), second.effectiveAt().minusNanos(1000)))
			.map(PolicyTerms::version)
			.contains(1);
		assertThat(this.policies.inForce(therapist.id(), client.id(), second.effectiveAt())).map(PolicyTerms::version)
			.contains(2);

		PolicyOverview overview = this.policies.overview(client);
		assertThat(overview.current().version()).isEqualTo(1);
		assertThat(overview.upcoming()).extracting(PolicyVersion::version).containsExactly(2);
		assertThat(overview.history()).isEmpty();
		assertThat(overview.current().slidingScaleNote()).isEqualTo("Ask me about a reduced fee.");

		this.clock.set(second.effectiveAt().plusSeconds(60));
		PolicyOverview afterwards = this.policies.overview(therapist);
		assertThat(afterwards.current().version()).isEqualTo(2);
		assertThat(afterwards.upcoming()).isEmpty();
		assertThat(afterwards.history()).extracting(PolicyVersion::version).containsExactly(1);
	}

	@Test
	void aLaterVersionAgainstTheClientNeedsNoticeAndTheProblemNamesTheDate() {
		CurrentUser therapist = this.people.therapist();
		this.policies.publish(therapist, input("80", "60", 48, MakeUpRule.WHEN_AVAILABLE, null));
		assertThatThrownBy(() -> this.policies.publish(therapist,
				input("80", "60", 72, MakeUpRule.WHEN_AVAILABLE, today().plusDays(29))))
			.isInstanceOfSatisfying(PolicyNoticeException.class,
					(ex) -> assertThat(ex.earliest()).isEqualTo(today().plusDays(30)));
		assertThat(
				this.policies.publish(therapist, input("80", "60", 72, MakeUpRule.WHEN_AVAILABLE, today().plusDays(31)))
					.version())
			.isEqualTo(2);
	}

	@Test
	void aKinderVersionTakesEffectWhenPublishedNotAtMidnight() {
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.clientOf(therapist);
		this.policies.publish(therapist, input("80", "60", 48, MakeUpRule.WHEN_AVAILABLE, null));
		this.clock.advance(Duration.ofHours(3));
		Instant publishedAt = this.clock.instant();
		PolicyPublished kinder = this.policies.publish(therapist, input("70", "40", 24, MakeUpRule.ALWAYS, today()));
		assertThat(kinder.effectiveAt()).isEqualTo(publishedAt);
		assertThat(this.policies.inForce(therapist.id(), client.id(), publishedAt.minusSeconds(1)))
			.map(PolicyTerms::version)
			.contains(1);
		assertThat(this.policies.inForce(therapist.id(), client.id(), publishedAt))
			.map(PolicyTerms::lateCancellationFee)
			.hasValueSatisfying((fee) -> assertThat(fee).isEqualByComparingTo("40"));
	}

	@Test
	void aKinderVersionWhileAnotherIsPendingLeavesThePendingOneAsAnnounced() {
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.clientOf(therapist);
		this.policies.publish(therapist, input("80", "60", 48, MakeUpRule.WHEN_AVAILABLE, null));
		LocalDate pendingDay = today().plusDays(30);
		this.policies.publish(therapist, input("90", "60", 48, MakeUpRule.WHEN_AVAILABLE, pendingDay));
		this.clock.advance(Duration.ofDays(2));
		// cheaper than the version in force: at once
		PolicyPublished kinder = this.policies.publish(therapist,
				input("75", "60", 48, MakeUpRule.WHEN_AVAILABLE, today().plusDays(2)));
		assertThat(kinder.version()).isEqualTo(3);
		Instant pendingAt = pendingDay.atStartOfDay(BERLIN).toInstant();
		assertThat(this.policies.inForce(therapist.id(), client.id(), pendingAt.minusSeconds(1)))
			.map(PolicyTerms::version)
			.contains(3);
		assertThat(this.policies.inForce(therapist.id(), client.id(), pendingAt)).map(PolicyTerms::version).contains(2);
		// to keep the kinder fee beyond the pending day: the same day, no worse than the
		// pending version, is allowed without new notice
		PolicyPublished carried = this.policies.publish(therapist,
				input("75", "60", 48, MakeUpRule.WHEN_AVAILABLE, pendingDay));
		assertThat(this.policies.inForce(therapist.id(), client.id(), pendingAt)).map(PolicyTerms::version)
			.contains(carried.version());
		assertThat(this.policies.overview(client).upcoming()).extracting(PolicyVersion::version)
			.containsExactly(carried.version());
		assertThat(this.policies.overview(client).history()).extracting(PolicyVersion::version).contains(1, 2);
	}

	@Test
	void aClientsOwnFeeIsInForceFromItsDay() {
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.clientOf(therapist);
		CurrentUser other = this.people.clientOf(therapist);
		assertThatThrownBy(
				() -> this.fees.set(therapist, client.id(), new ClientFeeInput(new BigDecimal("50"), null, null)))
			.isInstanceOf(InvalidInputException.class);
		this.policies.publish(therapist, input("80", "60", 48, MakeUpRule.WHEN_AVAILABLE, null));
		this.clock.advance(Duration.ofMinutes(5));
		ClientFee lower = this.fees.set(therapist, client.id(),
				new ClientFeeInput(new BigDecimal("50.5"), null, "After the job loss"));
		assertThat(lower.feePerSession()).isEqualByComparingTo("50.50");
		assertThat(this.policies.inForce(therapist.id(), client.id(), this.clock.instant()))
			.map(PolicyTerms::feePerSession)
			.hasValueSatisfying((fee) -> assertThat(fee).isEqualByComparingTo("50.50"));
		assertThat(this.policies.inForce(therapist.id(), other.id(), this.clock.instant()))
			.map(PolicyTerms::feePerSession)
			.hasValueSatisfying((fee) -> assertThat(fee).isEqualByComparingTo("80"));
		assertThatThrownBy(() -> this.fees.set(therapist, client.id(),
				new ClientFeeInput(new BigDecimal("60"), today().plusDays(29), null)))
			.isInstanceOfSatisfying(PolicyNoticeException.class,
					(ex) -> assertThat(ex.earliest()).isEqualTo(today().plusDays(30)));
		ClientFee higher = this.fees.set(therapist, client.id(),
				new ClientFeeInput(new BigDecimal("60"), today().plusDays(30), null));
		ClientFrame frame = this.policies.clientFrame(therapist, client.id());
		assertThat(frame.fees()).hasSize(2);
		assertThat(frame.feePerSessionNow()).isEqualByComparingTo("50.50");
		assertThat(frame.feeInForce().note()).isEqualTo("After the job loss");
		assertThat(this.policies.overview(client).upcomingFees()).containsExactly(higher);
		assertThat(this.policies.inForce(therapist.id(), client.id(), higher.effectiveAt()))
			.map(PolicyTerms::feePerSession)
			.hasValueSatisfying((fee) -> assertThat(fee).isEqualByComparingTo("60"));
	}

	@Test
	void acknowledgingIsKeptOnceAndOnlyForKnownVersions() {
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.clientOf(therapist);
		CurrentUser stranger = this.people.client();
		this.policies.publish(therapist, input("80", "60", 48, MakeUpRule.WHEN_AVAILABLE, null));
		assertThatThrownBy(() -> this.acknowledgements.acknowledge(client, 2)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.acknowledgements.acknowledge(stranger, 1)).isInstanceOf(NotFoundException.class);
		var first = this.acknowledgements.acknowledge(client, 1);
		assertThat(first.created()).isTrue();
		this.clock.advance(Duration.ofHours(1));
		var again = this.acknowledgements.acknowledge(client, 1);
		assertThat(again.created()).isFalse();
		assertThat(again.acknowledgement()).isEqualTo(first.acknowledgement());
		assertThat(this.policies.overview(client).acknowledgements()).containsExactly(first.acknowledgement());
		assertThat(this.policies.clients(therapist)).singleElement()
			.satisfies((row) -> assertThat(row.acknowledgedVersion()).isEqualTo(1));
	}

	@Test
	void eventsOldestFirstWithUpcomingChanges() {
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.clientOf(therapist);
		Instant from = START;
		PolicyPublished v1 = this.policies.publish(therapist, input("80", "60", 48, MakeUpRule.WHEN_AVAILABLE, null));
		this.clock.advance(Duration.ofMinutes(1));
		this.acknowledgements.acknowledge(client, 1);
		this.clock.advance(Duration.ofMinutes(1));
		this.fees.set(therapist, client.id(), new ClientFeeInput(new BigDecimal("70"), null, null));
		this.clock.advance(Duration.ofMinutes(1));
		PolicyPublished v2 = this.policies.publish(therapist,
				input("90", "60", 48, MakeUpRule.WHEN_AVAILABLE, today().plusDays(40)));
		Instant to = this.clock.instant().plusSeconds(60);
		assertThat(this.policies.events(therapist.id(), client.id(), from, to)).extracting(PolicyEvent::type)
			.containsExactly(PolicyEvent.Type.POLICY_PUBLISHED, PolicyEvent.Type.POLICY_TAKES_EFFECT,
					PolicyEvent.Type.POLICY_ACKNOWLEDGED, PolicyEvent.Type.CLIENT_FEE_SET,
					PolicyEvent.Type.POLICY_PUBLISHED, PolicyEvent.Type.POLICY_TAKES_EFFECT);
		var events = this.policies.events(therapist.id(), client.id(), from, to);
		assertThat(events.get(0).at()).isEqualTo(v1.effectiveAt());
		assertThat(events.get(5).at()).isEqualTo(v2.effectiveAt());
		assertThat(events.get(5).policyVersion()).isEqualTo(2);
		// a later window still shows the change to come; one before v2 was published does
		// not know of it
		assertThat(this.policies.events(therapist.id(), client.id(), to, to.plusSeconds(60)))
			.containsExactly(new PolicyEvent(v2.effectiveAt(), PolicyEvent.Type.POLICY_TAKES_EFFECT, 2));
		assertThat(this.policies.events(therapist.id(), client.id(), from, from.plusSeconds(1)))
			.extracting(PolicyEvent::type)
			.containsExactly(PolicyEvent.Type.POLICY_PUBLISHED, PolicyEvent.Type.POLICY_TAKES_EFFECT);
	}

	@Test
	void publishingALaterVersionEmailsLinkedClientsWithoutClinicalContent() {
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.clientOf(therapist);
		String email = this.accounts.me(client).email();
		this.policies.publish(therapist, input("80", "60", 48, MakeUpRule.WHEN_AVAILABLE, null));
		assertThat(mails(email)).as("a version in force at once: the home card tells").isEmpty();
		this.policies.publish(therapist, input("90", "60", 48, MakeUpRule.WHEN_AVAILABLE, today().plusDays(30)));
		assertThat(mails(email)).singleElement()
			.satisfies((body) -> assertThat(body).contains("/policy", "December", "2026")
				.doesNotContain("90", therapist.displayName()));
	}

	private java.util.List<String> mails(String email) {
		return this.jdbc.queryForList("select body from notify_outbox where recipient = ?", String.class, email);
	}

}
