package org.between.insights;

import org.between.accounts.AuditAction;

/** What insights writes to the audit log. */
enum InsightsAudit implements AuditAction {

	/** The therapist read the insights a linked client shares. */
	INSIGHTS_READ

}
