package org.between.sessions;

import java.time.Instant;
import java.util.UUID;

/**
 * A session's attendance was recorded: it was held. Published by {@link Sessions} inside
 * the recording's transaction; listeners run after it commits.
 */
public record SessionHeld(UUID sessionId, UUID therapistId, UUID clientId, Instant startsAt) {
}
