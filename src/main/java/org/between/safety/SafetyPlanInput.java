package org.between.safety;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.between.shared.InputProblems;
import org.between.shared.InvalidInputException.FieldProblem;

/**
 * A new version of the safety plan as the client writes it. Every list is optional (an
 * absent list is an empty step); each step holds at most 20 entries of at most 500
 * characters. Sharing is off unless {@code sharedWithTherapist} is true.
 */
public record SafetyPlanInput(@Size(max = 20) List<@NotNull @Size(max = 500) String> warningSigns,
		@Size(max = 20) List<@NotNull @Size(max = 500) String> copingStrategies,
		@Size(max = 20) List<@NotNull @Size(max = 500) String> distractions,
		@Size(max = 20) List<@NotNull @Valid Contact> peopleToAsk,
		@Size(max = 20) List<@NotNull @Valid Contact> professionals,
		@Size(max = 20) List<@NotNull @Size(max = 500) String> environmentSafety,
		@Size(max = 20) List<@NotNull @Size(max = 500) String> reasonsForLiving, Boolean sharedWithTherapist,
		@Pattern(regexp = "[A-Za-z]{2}", message = "{safety.country.format}") String crisisCountry) {

	/**
	 * Every way this plan breaks the limits above, in the order of the plan; empty when
	 * it keeps them. {@link SafetyPlans#save} refuses a plan with any.
	 */
	public List<FieldProblem> problems() {
		InputProblems problems = new InputProblems();
		PlanLimits.steps(problems, this.warningSigns, this.copingStrategies, this.distractions, this.peopleToAsk,
				this.professionals, this.environmentSafety, this.reasonsForLiving);
		PlanLimits.country(problems, this.crisisCountry);
		return problems.problems();
	}

	/** The same plan with blank entries left out and the rest trimmed. */
	SafetyPlanInput tidy() {
		return new SafetyPlanInput(texts(this.warningSigns), texts(this.copingStrategies), texts(this.distractions),
				contacts(this.peopleToAsk), contacts(this.professionals), texts(this.environmentSafety),
				texts(this.reasonsForLiving), Boolean.TRUE.equals(this.sharedWithTherapist),
				(this.crisisCountry == null || this.crisisCountry.isBlank()) ? null
						: this.crisisCountry.toUpperCase(java.util.Locale.ROOT));
	}

	private static List<String> texts(List<String> items) {
		return (items == null) ? List.of()
				: items.stream().filter((s) -> s != null && !s.isBlank()).map(String::strip).toList();
	}

	private static List<Contact> contacts(List<Contact> items) {
		return (items == null) ? List.of()
				: items.stream()
					.filter((c) -> c != null && c.name() != null && !c.name().isBlank())
					.map((c) -> new Contact(c.name().strip(), (c.phone() == null) ? null : c.phone().strip()))
					.toList();
	}

}
