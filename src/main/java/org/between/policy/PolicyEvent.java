package org.between.policy;

import java.time.Instant;

/**
 * Something that changed the frame between a therapist and a client, for the brief and
 * both sides' history: a policy version published or taking effect, an acknowledgement, a
 * client fee. {@code policyVersion} is null for events without one.
 */
public record PolicyEvent(Instant at, Type type, Integer policyVersion) {

	public enum Type {

		/** A new policy version was published (it may take effect later). */
		POLICY_PUBLISHED,

		/** A policy version takes (or took) effect. */
		POLICY_TAKES_EFFECT,

		/** The client acknowledged a policy version. */
		POLICY_ACKNOWLEDGED,

		/** The therapist set a fee for this client. */
		CLIENT_FEE_SET

	}

}
