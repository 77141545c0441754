package org.between.safety;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.between.shared.InputProblems;
import org.between.shared.InvalidInputException.FieldProblem;

/**
 * The whole plan as the client's therapist proposes it, with an optional note to the
 * client. The same limits as the client's own plan (at most 20 entries of at most 500
 * characters a step); whether the plan is shared and which country's lines it shows stay
 * the client's choice and are not part of a proposal.
 */
public record ProposedPlan(@Size(max = 20) List<@NotNull @Size(max = 500) String> warningSigns,
		@Size(max = 20) List<@NotNull @Size(max = 500) String> copingStrategies,
		@Size(max = 20) List<@NotNull @Size(max = 500) String> distractions,
		@Size(max = 20) List<@NotNull @Valid Contact> peopleToAsk,
		@Size(max = 20) List<@NotNull @Valid Contact> professionals,
		@Size(max = 20) List<@NotNull @Size(max = 500) String> environmentSafety,
		@Size(max = 20) List<@NotNull @Size(max = 500) String> reasonsForLiving, @Size(max = 2000) String note) {

	/**
	 * Every way this proposal breaks the limits above, in the order of the plan, then the
	 * note; empty when it keeps them. {@link SafetyPlans#propose} refuses one with any.
	 */
	public List<FieldProblem> problems() {
		InputProblems problems = new InputProblems();
		PlanLimits.steps(problems, this.warningSigns, this.copingStrategies, this.distractions, this.peopleToAsk,
				this.professionals, this.environmentSafety, this.reasonsForLiving);
		PlanLimits.note(problems, this.note);
		return problems.problems();
	}

	/** The steps, tidied like a plan the client saves (no sharing, no country). */
	SafetyPlanInput steps() {
		return new SafetyPlanInput(this.warningSigns, this.copingStrategies, this.distractions, this.peopleToAsk,
				this.professionals, this.environmentSafety, this.reasonsForLiving, null, null)
			.tidy();
	}

	String tidyNote() {
		return (this.note == null || this.note.isBlank()) ? null : this.note.strip();
	}

}
