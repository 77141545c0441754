package org.between.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the audit log as its subject sees it: who did what to which of their items,
 * and when. Never the content.
 */
public record AuditEntry(long seq, Instant at, UUID actorId, String actorName, String action, String itemType,
		String itemId) {
}
