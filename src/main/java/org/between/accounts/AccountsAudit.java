package org.between.accounts;

/**
 * What the accounts module writes to the audit log: the person's own account, sign-ins
 * and tokens, their link with a therapist and what they share, colleagues and the cover's
 * access. Each has its sentence on the access log ({@code audit.action.<NAME>}).
 */
enum AccountsAudit implements AuditAction {

	ACCOUNT_CREATED, TOTP_ENABLED, SIGNED_IN, TOKEN_ISSUED, TOKEN_REVOKED, PASSWORD_RESET_REQUESTED, PASSWORD_RESET,
	INVITATION_CREATED, LINKED_WITH_THERAPIST, SHARING_CHANGED,

	/**
	 * Two therapists named each other through a colleague invitation (a row for each).
	 */
	COLLEAGUES_JOINED,

	/**
	 * A therapist withdrew an open client invitation (revoked it, or replaced it by a new
	 * code when resending).
	 */
	INVITATION_REVOKED,

	/** A therapist took a colleague off their list. */
	COLLEAGUE_REMOVED,

	/**
	 * The client let the colleague covering their therapist's absence see what they
	 * chose.
	 */
	COVER_GRANTED,

	/** The client stopped it. */
	COVER_REVOKED,

	/** It ended because the therapist called the absence off. */
	COVER_WITHDRAWN,

	/** The person changed their password while signed in (other sign-ins ended). */
	PASSWORD_CHANGED,

	/** The person asked to change their e-mail address; a link went to the new one. */
	EMAIL_CHANGE_REQUESTED,

	/** The new address was confirmed through the link (other sign-ins ended). */
	EMAIL_CHANGED,

	/**
	 * The link with the therapist ended after the last session of an ending: the
	 * therapist can no longer see anything of the client's.
	 */
	LINK_ENDED,

	/** The person asked for their account to be deleted (issue 15). */
	DELETION_REQUESTED,

	/** They restored it within the grace period. */
	DELETION_CANCELLED

}
