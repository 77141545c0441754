package org.between.absences;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.between.safety.Contact;

/**
 * The break plan as the client writes it ({@code PUT /api/v1/absences/{id}/break-plan}):
 * skill ids of their toolbox, people with a number (rows with neither name nor number are
 * left out), their own note, and the two sharing choices (both off when absent). The
 * annotations document the limits; {@link BreakPlans#save} checks them all at once, with
 * those only it can check (the skills must be in the client's toolbox, a cover must be
 * named to share with one), so that a 400 names every bad field.
 */
public record BreakPlanInput(@Size(max = BreakPlanRules.SKILLS_MAX) List<UUID> skills,
		@Size(max = BreakPlanRules.PEOPLE_MAX) List<Contact> people, @Size(max = BreakPlanRules.TEXT_MAX) String note,
		Boolean shareWithCover, Boolean shareWithTherapist) {

	boolean sharesWithCover() {
		return Boolean.TRUE.equals(this.shareWithCover);
	}

	boolean sharesWithTherapist() {
		return Boolean.TRUE.equals(this.shareWithTherapist);
	}

}
