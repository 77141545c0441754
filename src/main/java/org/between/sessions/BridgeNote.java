package org.between.sessions;

import java.time.Instant;
import java.util.UUID;

/**
 * A bridge note (issue 18): a few words the therapist left after a held session for the
 * client to carry to the next one, and optionally one skill from the client's toolbox
 * ({@code skillId}, {@code skillName}; null when none, or when the client has since
 * removed it). {@code keptAt} is when the client kept it in their portfolio (null: not
 * kept).
 */
public record BridgeNote(UUID id, UUID sessionId, UUID therapistId, UUID clientId, Instant sessionStartsAt, String note,
		UUID skillId, String skillName, Instant writtenAt, Instant keptAt) {

	public boolean kept() {
		return this.keptAt != null;
	}

}
