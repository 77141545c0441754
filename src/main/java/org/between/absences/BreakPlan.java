package org.between.absences;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.between.safety.Contact;

/**
 * A client's plan for their therapist's time away (issue 12): the skills from their
 * toolbox they mean to use on hard days, people they can reach, their own note (when they
 * will check in with themselves), and the note their therapist wrote for them. Who may
 * read it is the client's choice: {@code shareWithTherapist} lets their own therapist
 * read it (off by default), {@code shareWithCover} is the client's cover grant for this
 * absence, which lets the covering colleague read it and the safety plan during the
 * absence only. {@code updatedAt} is null until the client saved it once;
 * {@code therapistNoteAt} until the therapist wrote a note.
 */
public record BreakPlan(UUID absenceId, UUID clientId, List<PickedSkill> skills, List<Contact> people, String note,
		boolean shareWithCover, boolean shareWithTherapist, String therapistNote, Instant updatedAt,
		Instant therapistNoteAt) {

	/** A skill of the client's toolbox on the plan, with its name when it was picked. */
	public record PickedSkill(UUID skillId, String name) {
	}

	/**
	 * The plan of a client who has written nothing yet (perhaps with the therapist's
	 * note).
	 */
	static BreakPlan empty(UUID absenceId, UUID clientId) {
		return new BreakPlan(absenceId, clientId, List.of(), List.of(), null, false, false, null, null, null);
	}

	/** The ids of the picked skills, in the order the client picked them. */
	public List<UUID> skillIds() {
		return this.skills.stream().map(PickedSkill::skillId).toList();
	}

	/** Whether the client saved it at least once. */
	public boolean written() {
		return this.updatedAt != null;
	}

	/** The same plan, with the client's cover grant as it is now. */
	BreakPlan sharedWithCover(boolean shared) {
		return new BreakPlan(this.absenceId, this.clientId, this.skills, this.people, this.note, shared,
				this.shareWithTherapist, this.therapistNote, this.updatedAt, this.therapistNoteAt);
	}

}
