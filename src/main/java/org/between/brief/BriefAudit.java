package org.between.brief;

import org.between.accounts.AuditAction;

/** What the brief writes to the audit log. */
enum BriefAudit implements AuditAction {

	/**
	 * The therapist opened the pre-session brief: one row for everything in it (item type
	 * {@code SESSION}, the session's id).
	 */
	BRIEF_READ

}
