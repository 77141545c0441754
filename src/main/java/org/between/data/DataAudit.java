package org.between.data;

import org.between.accounts.AuditAction;

/** What the data module writes to the audit log. */
enum DataAudit implements AuditAction {

	/** The person downloaded their export. */
	DATA_EXPORTED,

	/**
	 * The grace period was over and every row of the person was erased (the row names the
	 * id only; docs/retention.md).
	 */
	DATA_ERASED

}
