package org.between.safety;

import org.between.accounts.AuditAction;

/** What the safety module writes to the audit log about a client's safety plan. */
enum SafetyAudit implements AuditAction {

	/** The client saved a new version. */
	SAFETY_PLAN_SAVED,

	/** The therapist read the plan the client shares. */
	SAFETY_PLAN_READ,

	/** The therapist proposed changes. */
	SAFETY_PLAN_PROPOSED,

	/** The client took the proposed changes. */
	SAFETY_PLAN_PROPOSAL_ACCEPTED,

	/** The client kept their plan as it was. */
	SAFETY_PLAN_PROPOSAL_DECLINED,

	/** The client or the therapist noted that they went through the plan together. */
	SAFETY_PLAN_REVIEWED,

	/**
	 * The colleague covering the therapist's absence read the plan the client shared with
	 * them.
	 */
	COVER_READ_SAFETY_PLAN

}
