package org.between.messages.web;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.between.messages.Sent;

/**
 * API.md: {@code {id, delivered: true, respondBy}} (id is the thread's, to reply to) or
 * {@code {delivered: false, savedAs: "JOURNAL_ENTRY", journalEntryId, reason}}.
 * {@code messageId} names the message itself within the thread.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SentJson(UUID id, UUID messageId, boolean delivered, Instant respondBy, String savedAs, UUID journalEntryId,
		Sent.KeptReason reason) {

	static SentJson of(Sent sent) {
		return sent.delivered() ? new SentJson(sent.threadId(), sent.id(), true, sent.respondBy(), null, null, null)
				: new SentJson(null, null, false, null, "JOURNAL_ENTRY", sent.journalEntryId(), sent.reason());
	}

}
