package org.between.messages.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.between.contact.ContactCategory;
import org.between.messages.Author;
import org.between.messages.MessageEntry;
import org.between.messages.MessageThread;

/**
 * A thread in the API: {@code respondBy}, {@code answeredAt} (null while an answer is
 * owed), {@code overdue}, the read marks of both sides and, when one thread is read, its
 * {@code messages}. {@code clientName} only for the therapist.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ThreadJson(UUID id, UUID clientId, String clientName, UUID therapistId, ContactCategory category,
		Instant openedAt, Instant respondBy, Instant answeredAt, boolean overdue, Instant lastAt, int unread,
		Instant readByTherapistAt, Instant readByClientAt, List<EntryJson> messages) {

	static ThreadJson of(MessageThread t, Instant now, boolean withMessages) {
		return new ThreadJson(t.id(), t.clientId(), t.clientName(), t.therapistId(), t.category(), t.openedAt(),
				t.respondBy(), t.answeredAt(), t.overdue(now), t.lastAt(), t.unread(), t.readByTherapistAt(),
				t.readByClientAt(), withMessages ? t.entries().stream().map(EntryJson::of).toList() : null);
	}

	record EntryJson(UUID id, Author author, String body, Instant sentAt, Instant readAt) {

		static EntryJson of(MessageEntry e) {
			return new EntryJson(e.id(), e.author(), e.body(), e.sentAt(), e.readAt());
		}

	}

}
