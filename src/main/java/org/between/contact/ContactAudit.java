package org.between.contact;

import org.between.accounts.AuditAction;

/** What the contact module writes to the client's audit log. */
enum ContactAudit implements AuditAction {

	/** The therapist proposed a contact agreement. */
	CONTACT_AGREEMENT_PROPOSED,

	/** The client accepted it: it is in force. */
	CONTACT_AGREEMENT_ACCEPTED,

	/** The client asked to talk about it at the next session. */
	CONTACT_AGREEMENT_DISCUSS,

	/**
	 * The therapist was e-mailed that something needs their attention (agreed risk
	 * alert).
	 */
	RISK_ALERT_SENT

}
