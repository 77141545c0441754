package org.between.endings;

import org.between.accounts.AuditAction;

/**
 * What the endings module writes to the audit log; the client reads each on their access
 * log ({@code audit.action.<name>}).
 */
enum EndingsAudit implements AuditAction {

	/** The therapist proposed an ending. */
	ENDING_PROPOSED,

	/** The therapist read the ending (and whether the client asked to talk about it). */
	ENDING_READ,

	/** The therapist read the client's referrals (names, contacts, notes, statuses). */
	REFERRALS_READ,

	/** A referral's status changed (by either side). */
	REFERRAL_UPDATED,

	/** The client let their former therapist see a referral's status after the ending. */
	REFERRAL_KEPT_VISIBLE,

	/** The client stopped it. */
	REFERRAL_HIDDEN,

	/** The former therapist read the status the client lets them see. */
	REFERRAL_STATUS_READ;

	static final String ENDING = "ENDING";

	static final String REFERRAL = "REFERRAL";

}
