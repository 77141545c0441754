package org.between.absences;

import org.between.accounts.AuditAction;

/**
 * What the absences module writes to the audit log about a client's break plan; the
 * client reads each on their access log ({@code audit.action.<name>}).
 */
enum AbsencesAudit implements AuditAction {

	/** The client let their own therapist read their break plan. */
	BREAK_PLAN_SHARED,

	/** The client stopped letting their therapist read it. */
	BREAK_PLAN_UNSHARED,

	/** The therapist wrote or changed their note for the client's break plan. */
	BREAK_PLAN_NOTE_WRITTEN,

	/** The therapist read the break plan the client shares with them. */
	BREAK_PLAN_READ,

	/**
	 * The colleague covering the absence read the break plan the client shared with them.
	 */
	COVER_READ_BREAK_PLAN

}
