package org.between.absences.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.between.absences.BreakPlan;
import org.between.absences.BreakPlan.PickedSkill;
import org.between.safety.Contact;

/**
 * A break plan as the API answers it: {@code skills} are the skill ids as the client
 * sends them, {@code pickedSkills} the same with their names.
 */
record BreakPlanJson(UUID absenceId, List<UUID> skills, List<PickedSkill> pickedSkills, List<Contact> people,
		String note, boolean shareWithCover, boolean shareWithTherapist, String therapistNote, Instant updatedAt,
		Instant therapistNoteAt) {

	static BreakPlanJson of(BreakPlan p) {
		return (p == null) ? null : new BreakPlanJson(p.absenceId(), p.skillIds(), p.skills(), p.people(), p.note(),
				p.shareWithCover(), p.shareWithTherapist(), p.therapistNote(), p.updatedAt(), p.therapistNoteAt());
	}

}
