package org.between.absences;

import java.time.Instant;
import java.util.UUID;

/**
 * One client's break plan as their therapist sees it: the therapist's own note for them,
 * and the plan itself only when the client shares it with the therapist ({@code plan}
 * null otherwise, also while the client has written nothing).
 */
public record ClientBreakPlan(UUID absenceId, UUID clientId, String clientName, String therapistNote,
		Instant therapistNoteAt, BreakPlan plan) {

	public boolean shared() {
		return this.plan != null;
	}

}
