package org.between.checkin;

import org.between.accounts.AuditAction;

/** What the checkin module writes to the audit log. */
enum CheckinAudit implements AuditAction {

	/** A linked therapist read the client's check-in numbers. */
	CHECKINS_READ

}
