package org.between.safety;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Changes to the safety plan that the client's therapist proposed: the whole proposed
 * plan, the therapist's note, and {@code changes}, step by step, against the client's
 * current plan (what accepting would change). {@code status} is {@code OPEN},
 * {@code ACCEPTED} (then {@code acceptedVersion} is the version it became) or
 * {@code DECLINED}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanProposal(UUID id, String status, String proposedBy, Instant proposedAt, int basedOnVersion,
		String note, List<String> warningSigns, List<String> copingStrategies, List<String> distractions,
		List<Contact> peopleToAsk, List<Contact> professionals, List<String> environmentSafety,
		List<String> reasonsForLiving, List<StepChange> changes, Instant decidedAt, Integer acceptedVersion) {

	/** What the proposal adds to and takes out of one step of the current plan. */
	public record StepChange(String step, List<String> added, List<String> removed) {
	}

}
