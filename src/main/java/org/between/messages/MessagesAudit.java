package org.between.messages;

import org.between.accounts.AuditAction;

/** What the messages write to the audit log (the client reads it in their access log). */
enum MessagesAudit implements AuditAction {

	/** The therapist opened a thread of the client's messages. */
	MESSAGE_READ

}
