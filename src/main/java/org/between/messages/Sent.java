package org.between.messages;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * What became of a message the client sent or a reply: {@code delivered} with the thread
 * ({@code threadId}) and when an answer is due ({@code respondBy}; null for the
 * therapist's own reply), or kept as a journal entry marked for the next session
 * ({@code journalEntryId}) for the {@code reason}. Serializable: the page hands it to the
 * next request as a flash attribute.
 */
public record Sent(UUID id, UUID threadId, boolean delivered, Instant respondBy, UUID journalEntryId,
		KeptReason reason) implements Serializable {

	/** Why a message was kept in the journal instead of delivered. */
	public enum KeptReason {

		/** No agreement is in force with the therapist (or there is no therapist). */
		NO_AGREEMENT,

		/** The agreement in force does not include the category. */
		NOT_AGREED,

		/**
		 * A phone call in an emergency is not a message: the text is kept, and the page
		 * shows the crisis lines and the agreement's crisis instructions.
		 */
		PHONE_EMERGENCY

	}

	static Sent delivered(UUID id, UUID threadId, Instant respondBy) {
		return new Sent(id, threadId, true, respondBy, null, null);
	}

	static Sent kept(UUID journalEntryId, KeptReason reason) {
		return new Sent(null, null, false, null, journalEntryId, reason);
	}

}
