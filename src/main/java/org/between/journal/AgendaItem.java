package org.between.journal;

import java.time.Instant;
import java.util.UUID;

/**
 * An entry the client wants to bring to their next session. The title is there only when
 * the client shares the entry (and may be null then too); the body never is: reading it
 * goes through {@link Journal#sharedEntry}, which is logged.
 */
public record AgendaItem(UUID entryId, Instant createdAt, Integer intensity, boolean shared, String title) {
}
