package org.between.journal;

import org.between.accounts.AuditAction;

/** What the journal writes to the audit log. */
enum JournalAudit implements AuditAction {

	/** The therapist opened an entry the client shares (also a read receipt). */
	JOURNAL_ENTRY_READ

}
