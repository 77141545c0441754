package org.between.endings;

import java.util.UUID;

/** The last session of an ending was over and the link between the two ended. */
public record LinkEnded(UUID endingId, UUID therapistId, UUID clientId) {
}
