package org.between.toolbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One practice of a skill. {@code reduction} is before − after (negative when distress
 * went up). {@code note} is the client's own private text.
 */
public record Practice(UUID id, UUID skillId, String skillName, int distressBefore, int distressAfter, int reduction,
		Situation situation, Integer minutes, String note, Instant practisedAt) {
}
