package org.between.safety;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What every answer that can raise a risk carries (API.md): whether the safety screen is
 * the next screen, why, the crisis lines for the person's country and, when triggered, a
 * summary of the person's own plan ({@code plan}; absent otherwise), so that an app can
 * show the plan's first steps at once. {@code therapistAlerted}: the therapist was sent a
 * short e-mail that something needs their attention (only when the client agreed to it in
 * their contact agreement; see {@link RiskAlerts}).
 */
public record SafetyResponse(boolean triggered, List<String> reasons, List<CrisisLine> crisisLines,
		@JsonInclude(JsonInclude.Include.NON_NULL) PlanSummary plan, boolean therapistAlerted) {

	/** A response for which nobody was told. */
	public SafetyResponse(boolean triggered, List<String> reasons, List<CrisisLine> crisisLines, PlanSummary plan) {
		this(triggered, reasons, crisisLines, plan, false);
	}

	SafetyResponse alerted(boolean alerted) {
		return new SafetyResponse(this.triggered, this.reasons, this.crisisLines, this.plan, alerted);
	}

	/**
	 * The first steps of the client's plan: what they can do on their own, the people and
	 * the professionals they listed, and where the whole plan is ({@code screen}).
	 * {@code written} is false (and the lists empty) when there is no plan yet.
	 */
	public record PlanSummary(boolean written, int version, List<String> copingStrategies, List<Contact> peopleToAsk,
			List<Contact> professionals, String screen) {

		static PlanSummary of(SafetyPlan plan) {
			return new PlanSummary(!plan.isEmpty(), plan.version(), plan.copingStrategies(), plan.peopleToAsk(),
					plan.professionals(), SafetyNet.SAFETY_SCREEN);
		}

	}

}
