package org.between.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.between.contact.ContactCategory;

/**
 * A thread: a client's message in an agreed category and what followed. {@code respondBy}
 * is when the therapist's answer is due under the agreement (null for a thread they have
 * answered and nobody wrote since: {@code answeredAt} is then set); {@code lastAt} is the
 * latest message; {@code unread} counts the other side's messages the reader has not
 * opened yet; {@code entries} is empty in lists (a list is not a read).
 */
public record MessageThread(UUID id, UUID clientId, String clientName, UUID therapistId, ContactCategory category,
		Instant openedAt, Instant respondBy, Instant answeredAt, Instant lastAt, int unread, Instant readByTherapistAt,
		Instant readByClientAt, List<MessageEntry> entries) {

	public MessageThread {
		entries = List.copyOf(entries);
	}

	/** The category's name (for modules that need not know the contact module). */
	public String categoryName() {
		return this.category.name();
	}

	/** Whether the therapist owes an answer. */
	public boolean awaitingAnswer() {
		return this.answeredAt == null;
	}

	/** Whether the answer is due and has not come, at {@code now}. */
	public boolean overdue(Instant now) {
		return awaitingAnswer() && this.respondBy != null && this.respondBy.isBefore(now);
	}

	MessageThread withEntries(List<MessageEntry> all, String name) {
		return new MessageThread(this.id, this.clientId, name, this.therapistId, this.category, this.openedAt,
				this.respondBy, this.answeredAt, this.lastAt, this.unread, this.readByTherapistAt, this.readByClientAt,
				all);
	}

}
