package org.between.toolbox;

import org.between.accounts.AuditAction;

/** What the toolbox writes to the audit log. */
enum ToolboxAudit implements AuditAction {

	/** The therapist added a skill to a linked client's toolbox. */
	TOOLBOX_SKILL_ADDED

}
