package org.between.accounts;

import java.time.Instant;
import java.util.UUID;

/** A client accepted a therapist's invitation; the two are linked from {@code at}. */
public record ClientLinked(UUID clientId, UUID therapistId, Instant at) {
}
