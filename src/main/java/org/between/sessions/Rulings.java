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
 * Judges a cancellation or a missed session by the policy version in force
 * ({@link CancellationRules}), asking the policy module with the access value each side
 * has: the therapist's checked link to the client, or the client themself.
 */
@Component
class Rulings {

	private final Policies policies;

	private final ClientLinks links;

	Rulings(Policies policies, ClientLinks links) {
		this.policies = policies;
		this.links = links;
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
	CancellationRuling noShow(CurrentUser therapist, SessionView session, Instant now) {
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

}
