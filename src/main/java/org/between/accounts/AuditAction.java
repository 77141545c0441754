package org.between.accounts;

/**
 * What an audit row says happened, e.g. {@code JOURNAL_ENTRY_READ}. Each module names its
 * actions in an enum of its own that implements this, and each action has a sentence the
 * client reads on their access log ({@code audit.action.<name>} in messages.properties).
 */
public interface AuditAction {

	/** The action as stored, in upper case with underscores. */
	String name();

}
