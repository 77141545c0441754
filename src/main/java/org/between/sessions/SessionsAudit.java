package org.between.sessions;

import org.between.accounts.AuditAction;

/** What the sessions module writes to the client's audit log. */
enum SessionsAudit implements AuditAction {

	/**
	 * A therapist read a linked client's sessions, standing appointments or punctuality.
	 */
	SESSIONS_READ;

	/**
	 * The item type of a {@link #SESSIONS_READ} row: the client's sessions as a whole.
	 */
	static final String ITEM_TYPE = "SESSIONS";

}
