package org.between.absences.web;

import java.time.Instant;
import java.util.UUID;

import org.between.absences.ClientBreakPlan;

/**
 * One client's break plan for their therapist: the therapist's note, and {@code plan}
 * only while the client shares it ({@code shared}).
 */
record ClientBreakPlanJson(UUID absenceId, UUID clientId, String clientName, String therapistNote,
		Instant therapistNoteAt, boolean shared, BreakPlanJson plan) {

	static ClientBreakPlanJson of(ClientBreakPlan c) {
		return new ClientBreakPlanJson(c.absenceId(), c.clientId(), c.clientName(), c.therapistNote(),
				c.therapistNoteAt(), c.shared(), BreakPlanJson.of(c.plan()));
	}

}
