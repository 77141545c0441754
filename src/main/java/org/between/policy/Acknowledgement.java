package org.between.policy;

import java.time.Instant;
import java.util.UUID;

/** A client said they have read a version of their therapist's practice policy. */
public record Acknowledgement(UUID clientId, int version, Instant acknowledgedAt) implements java.io.Serializable {

}
