package org.between.sessions;

import org.between.policy.PolicyInput;

import org.between.policy.MakeUpRule;

import org.between.policy.Policies;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.between.accounts.DemoPeopleCreated;
import org.between.sessions.Sessions.SessionRequest;
import org.between.sessions.Sessions.StandingRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo pair's frame: a practice policy (48 hours' notice, 60 EUR late fee), a weekly
 * standing appointment (Thursdays 18:00 in the therapist's Berlin time, noon or 13:00 for
 * the client in New York) and the last three weeks' sessions recorded as held, one of
 * them started late.
 */
@Component
@ConditionalOnProperty(name = "between.demo.enabled", havingValue = "true")
class PracticeDemoData {

	private final Sessions sessions;

	private final Policies policies;

	private final Accounts accounts;

	private final Clock clock;

	PracticeDemoData(Sessions sessions, Policies policies, Accounts accounts, Clock clock) {
		this.sessions = sessions;
		this.policies = policies;
		this.accounts = accounts;
		this.clock = clock;
	}

	@EventListener
	void onDemoPeople(DemoPeopleCreated created) {
		CurrentUser therapist = this.accounts.refresh(created.therapistId());
		Instant now = this.clock.instant();
		// Left unacknowledged, so that the demo client sees how a policy is read and
		// accepted.
		this.policies.publish(therapist, new PolicyInput(48, new BigDecimal("60.00"), new BigDecimal("90.00"), "EUR",
				true, MakeUpRule.WHEN_AVAILABLE, "If money is tight, please talk to me about a reduced fee.", null));
		LocalDate today = LocalDate.now(this.clock.withZone(therapist.zone()));
		for (int weeksAgo = 3; weeksAgo >= 1; weeksAgo--) {
			LocalDate day = today.minusWeeks(weeksAgo).with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
			Instant start = day.atTime(18, 0).atZone(therapist.zone()).toInstant();
			if (start.isBefore(now.minus(Duration.ofDays(Sessions.RECORD_PAST_DAYS - 1)))) {
				continue;
			}
			SessionView held = this.sessions.book(therapist, created.clientId(),
					new SessionRequest(start, 50, SessionKind.REGULAR, null, null));
			Duration late = Duration.ofMinutes((weeksAgo == 2) ? 9 : 1);
			this.sessions.attendance(therapist, held.id(), start.plus(late), start.plus(Duration.ofMinutes(50)));
		}
		this.sessions.standing(therapist, created.clientId(), new StandingRequest(DayOfWeek.THURSDAY, "18:00", 50, 1,
				today.with(TemporalAdjusters.next(DayOfWeek.THURSDAY)), null, "https://video.example/demo-room"));
	}

}
