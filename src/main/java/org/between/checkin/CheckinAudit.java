package org.between.checkin;

import org.between.accounts.AuditAction;

/** What the checkin module writes to the audit log. */
enum CheckinAudit implements AuditAction {

	/** A linked therapist read the client's check-in numbers. */
	CHECKINS_READ,

	/** The client changed one of their check-ins (that it changed, not what it was). */
	CHECKIN_CHANGED,

	/** The client deleted one of their check-ins. */
	CHECKIN_DELETED

}
