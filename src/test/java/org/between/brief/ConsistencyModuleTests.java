package org.between.brief;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.between.absences.AbsenceRequest;
import org.between.absences.Absences;
import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.brief.ConsistencyPart.Figure;
import org.between.policy.MakeUpRule;
import org.between.policy.Policies;
import org.between.policy.PolicyInput;
import org.between.sessions.SessionKind;
import org.between.sessions.SessionView;
import org.between.sessions.Sessions;
import org.between.sessions.Sessions.SessionRequest;
import org.between.shared.InvalidInputException;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The consistency record of a small history, every figure worked out by hand (issue 18),
 * on H2 and PostgreSQL by the subclasses.
 */
@ModuleTest
abstract class ConsistencyModuleTests {

	static final Instant MONDAY_1_MARCH_2027 = Instant.parse("2027-03-01T08:00:00Z");

	@Autowired
	Consistency consistency;

	@Autowired
	Sessions sessions;

	@Autowired
	Policies policies;

	@Autowired
	Absences absences;

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	MutableClock clock;

	ModulePeople people;

	CurrentUser therapist;

	CurrentUser client;

	@BeforeEach
	void setUp() {
		this.clock.set(MONDAY_1_MARCH_2027);
		this.people = new ModulePeople(this.accounts, this.links, this.clock);
		this.therapist = this.people.therapist();
		this.client = this.people.clientOf(this.therapist);
	}

	SessionView book(CurrentUser therapist, CurrentUser client, String startsAt) {
		return this.sessions.book(therapist, client.id(),
				new SessionRequest(Instant.parse(startsAt), 50, SessionKind.REGULAR, null, null));
	}

	static PolicyInput policy(int noticeHours, LocalDate from) {
		return new PolicyInput(noticeHours, new BigDecimal("60.00"), new BigDecimal("90.00"), "EUR", false,
				MakeUpRule.ALWAYS, null, from);
	}

	/**
	 * By hand, the therapist in {@link ModulePeople}'s zone:
	 * <ul>
	 * <li>2 March: said "10 minutes, full length" at 16:50, started 17:10, ended 18:00 —
	 * late, said ahead, nothing lost;</li>
	 * <li>3 March: nothing said, started 17:08, ended 17:50 — late, not said, 8 minutes
	 * lost;</li>
	 * <li>4 March: on time, ended 17:40 — ended 10 minutes early, 10 lost;</li>
	 * <li>20 March, cancelled by the therapist on 19 March at 17:00 (24 hours: short); 25
	 * March, cancelled on 2 March at 17:00 (552 hours); median (24 + 552) / 2 = 288;</li>
	 * <li>policy: version 1 on 1 March (not a change), version 2 published then for 15
	 * April — 44 days' notice (1 March 08:00 UTC to 15 April 00:00 in the zone);</li>
	 * <li>time away 5–7 April announced on 5 March 08:00 UTC, no cover, not an emergency
	 * — 30 days' notice.</li>
	 * </ul>
	 * Another therapist's late session changes none of it.
	 */
	@Test
	void theFiguresOfASmallHistory() {
		this.policies.publish(this.therapist, policy(48, null));
		this.policies.publish(this.therapist, policy(24, LocalDate.of(2027, 4, 15)));
		SessionView s1 = book(this.therapist, this.client, "2027-03-02T17:00:00Z");
		SessionView s2 = book(this.therapist, this.client, "2027-03-03T17:00:00Z");
		SessionView s3 = book(this.therapist, this.client, "2027-03-04T17:00:00Z");
		SessionView s4 = book(this.therapist, this.client, "2027-03-20T17:00:00Z");
		SessionView s5 = book(this.therapist, this.client, "2027-03-25T17:00:00Z");
		CurrentUser other = this.people.therapist();
		SessionView elsewhere = book(other, this.people.clientOf(other), "2027-03-02T12:00:00Z");

		this.clock.set(Instant.parse("2027-03-02T16:50:00Z"));
		this.sessions.runningLate(this.therapist, s1.id(), 10, true);
		this.clock.set(Instant.parse("2027-03-02T17:00:00Z"));
		this.sessions.cancel(this.therapist, s5.id(), null);
		this.clock.set(Instant.parse("2027-03-05T08:00:00Z"));
		this.absences.announce(this.therapist,
				new AbsenceRequest(LocalDate.of(2027, 4, 5), LocalDate.of(2027, 4, 7), null, null, null, false));
		this.clock.set(Instant.parse("2027-03-19T17:00:00Z"));
		this.sessions.cancel(this.therapist, s4.id(), null);
		this.clock.set(Instant.parse("2027-03-26T08:00:00Z"));
		this.sessions.attendance(this.therapist, s1.id(), at("2027-03-02T17:10:00Z"), at("2027-03-02T18:00:00Z"));
		this.sessions.attendance(this.therapist, s2.id(), at("2027-03-03T17:08:00Z"), at("2027-03-03T17:50:00Z"));
		this.sessions.attendance(this.therapist, s3.id(), at("2027-03-04T17:00:00Z"), at("2027-03-04T17:40:00Z"));
		this.sessions.attendance(other, elsewhere.id(), at("2027-03-02T12:30:00Z"), at("2027-03-02T12:50:00Z"));

		ConsistencyRecord record = this.consistency.of(this.therapist, 12);
		assertThat(record.months()).isEqualTo(12);
		assertThat(record.to()).isEqualTo(this.clock.instant());
		assertThat(record.sections()).extracting(ConsistencyPart.Section::key)
			.startsWith("consistency.sessions.title", "consistency.policy.title", "consistency.absences.title");
		Map<String, Long> figures = record.sections()
			.stream()
			.flatMap((s) -> s.figures().stream())
			.collect(Collectors.toMap(Figure::key, Figure::value));
		assertThat(figures).containsEntry("consistency.sessions.held", 3L)
			.containsEntry("consistency.sessions.lateAnnounced", 1L)
			.containsEntry("consistency.sessions.lateUnannounced", 1L)
			.containsEntry("consistency.sessions.minutesLost", 18L)
			.containsEntry("consistency.sessions.endedEarly", 1L)
			.containsEntry("consistency.sessions.fullLengthNotKept", 0L)
			.containsEntry("consistency.sessions.cancelled", 2L)
			.containsEntry("consistency.sessions.shortNotice", 1L)
			.containsEntry("consistency.sessions.medianNotice", 288L)
			.containsEntry("consistency.policy.changes", 1L)
			.containsEntry("consistency.policy.shortestNotice", 44L)
			.containsEntry("consistency.absences.count", 1L)
			.containsEntry("consistency.absences.medianNotice", 30L)
			.containsEntry("consistency.absences.emergencies", 0L)
			.containsEntry("consistency.absences.covered", 0L);
		assertThat(record.sections().get(0).sentence()).isEqualTo(
				"You held 3 sessions; 2 started late, 1 of them said ahead; 18 minutes were lost. You cancelled 2 sessions, 1 at short notice.");
		assertThat(record.sections().get(0).figures().get(0).sentence()).isEqualTo("3 sessions held.");

		// A month back (from 4 March 22:00 in the zone): the held sessions and the policy
		// are
		// outside, the cancelled sessions and the time away inside.
		this.clock.set(Instant.parse("2027-04-04T20:00:00Z"));
		Map<String, Long> month = this.consistency.of(this.therapist, 1)
			.sections()
			.stream()
			.flatMap((s) -> s.figures().stream())
			.collect(Collectors.toMap(Figure::key, Figure::value));
		assertThat(month).containsEntry("consistency.sessions.held", 0L)
			.containsEntry("consistency.sessions.cancelled", 2L)
			.containsEntry("consistency.policy.changes", 0L)
			.containsEntry("consistency.absences.count", 1L);
	}

	@Test
	void onlyATherapistHasOneAndTheSpanIsChecked() {
		assertThatThrownBy(() -> this.consistency.of(this.client, 12))
			.isInstanceOf(org.between.shared.ForbiddenException.class);
		assertThatThrownBy(() -> this.consistency.of(this.therapist, 0)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.consistency.of(this.therapist, 37)).isInstanceOf(InvalidInputException.class);
		assertThat(this.consistency.of(this.therapist, null).months()).isEqualTo(12);
	}

	static Instant at(String instant) {
		return Instant.parse(instant);
	}

	static Duration minutes(long n) {
		return Duration.ofMinutes(n);
	}

}
