package org.between.sessions;

import java.time.Instant;
import java.util.Optional;

import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.policy.Policies;
import org.between.policy.PolicyTerms;
import org.between.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Cancelling a session and recording a missed one: the window ({@link SessionWindows}),
 * the ruling by the policy version in force ({@link CancellationRules}, asked of the
 * policy module with the access value each side has: the therapist's checked link to the
 * client, or the client themself), the ruling kept with the session and the other person
 * told.
 */
@Component
class Cancellations {

	private final SessionStore store;

	private final Policies policies;

	private final ClientLinks links;

	private final SessionChangeMail mail;

	Cancellations(SessionStore store, Policies policies, ClientLinks links, SessionChangeMail mail) {
		this.store = store;
		this.policies = policies;
		this.links = links;
		this.mail = mail;
	}

	/** What cancelling now would mean: 422 once begun, 409 unless scheduled. */
	CancellationRuling preview(CurrentUser me, SessionView session, Instant now) {
		SessionWindows.cancelRefusal(session, now).ifPresent(Cancellations::refuse);
		return cancellation(me, session, null, now);
	}

	/** Cancels now: the ruling is stored with the session and the other person told. */
	CancellationRuling cancel(CurrentUser me, SessionView session, String reason, Instant now) {
		SessionWindows.cancelRefusal(session, now).ifPresent(Cancellations::refuse);
		CancellationRuling ruling = cancellation(me, session, reason, now);
		this.store.ruling(session.id(), ruling);
		this.mail.cancelled(session, me);
		return ruling;
	}

	/** The client did not come: 422 before the start, 409 unless still scheduled. */
	SessionView noShow(CurrentUser therapist, SessionView session, Instant now) {
		SessionWindows.noShowRefusal(session, now).ifPresent(Cancellations::refuse);
		this.store.ruling(session.id(), noShowRuling(therapist, session, now));
		return this.store.session(session.id()).orElseThrow();
	}

	/**
	 * Cancelling now, by either person of the session, under the version in force now.
	 */
	CancellationRuling cancellation(CurrentUser me, SessionView session, String reason, Instant now) {
		Optional<PolicyTerms> terms = terms(me, session, now);
		return me.id().equals(session.clientId())
				? CancellationRules.byClient(terms, session.startsAt(), now, me.id(), reason)
				: CancellationRules.byTherapist(terms, session.startsAt(), now, me.id(), reason);
	}

	/** A missed session, under the version in force when it began. */
	private CancellationRuling noShowRuling(CurrentUser therapist, SessionView session, Instant now) {
		return CancellationRules.noShow(terms(therapist, session, session.startsAt()), now, therapist.id());
	}

	/**
	 * The session's policy as it applied to its client at {@code at}: none when the two
	 * are no longer linked (nothing agreed applies then).
	 */
	private Optional<PolicyTerms> terms(CurrentUser me, SessionView session, Instant at) {
		if (me.id().equals(session.clientId())) {
			boolean sameTherapist = this.links.therapistOf(me)
				.filter((t) -> t.id().equals(session.therapistId()))
				.isPresent();
			return sameTherapist ? this.policies.inForce(me, at) : Optional.empty();
		}
		try {
			return this.policies.inForce(this.links.requireLinkedClient(me, session.clientId()), at);
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	private static void refuse(RuntimeException refusal) {
		throw refusal;
	}

}
