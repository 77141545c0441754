package org.between.messages.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.between.accounts.CurrentUser;
import org.between.messages.MessageInput;
import org.between.messages.Messages;
import org.between.messages.ReplyInput;
import org.between.messages.Sent;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API.md "messages": secure messages kept to the contact agreement. */
@RestController
@RequestMapping("/api/v1/messages")
@Tag(name = "messages", description = "Secure messages between sessions, kept to the contact agreement")
class MessagesApi {

	private final Messages messages;

	private final Clock clock;

	MessagesApi(Messages messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping
	@Operation(summary = "Send a message to your therapist (clients)",
			description = "category is one of SCHEDULING, BRIEF_CHECKIN, JOURNAL_BEFORE_SESSION, PHONE_EMERGENCY; "
					+ "body 1 to 2 000 characters. When the contact agreement in force allows the category, the "
					+ "message is delivered: {id (the thread), delivered: true, respondBy}, respondBy counted in the "
					+ "agreed reading hours (from the end of the therapist's time away while they are away). "
					+ "Otherwise it is never lost: it is kept as a private journal entry marked to bring to the next "
					+ "session, {delivered: false, savedAs: JOURNAL_ENTRY, journalEntryId, reason: NO_AGREEMENT | "
					+ "NOT_AGREED | PHONE_EMERGENCY}. PHONE_EMERGENCY is about phoning, so it is never delivered as "
					+ "a message: in a crisis, call a crisis line (GET /api/v1/crisis-lines).")
	@ApiResponse(responseCode = "201", description = "Delivered, or kept in the journal")
	@ApiResponse(responseCode = "400", description = "Unknown category, empty or too long body")
	ResponseEntity<SentJson> send(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody MessageInput body) {
		Sent sent = this.messages.send(me, body);
		URI location = URI.create(
				sent.delivered() ? "/api/v1/messages/" + sent.threadId() : "/api/v1/journal/" + sent.journalEntryId());
		return ResponseEntity.created(location).body(SentJson.of(sent));
	}

	@PostMapping("/{id}/reply")
	@Operation(summary = "Reply in a thread",
			description = "The linked therapist's reply answers the thread (respondBy is kept, answeredAt set). The "
					+ "client may write again in their thread: under the agreement in force it is delivered (after "
					+ "an answer with a new respondBy), otherwise kept in the journal like a new message. 404 for "
					+ "anyone else's thread.")
	@ApiResponse(responseCode = "201", description = "Delivered, or kept in the journal")
	@ApiResponse(responseCode = "400", description = "Empty or too long body")
	ResponseEntity<SentJson> reply(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@Valid @RequestBody ReplyInput body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(SentJson.of(this.messages.reply(me, id, body)));
	}

	@GetMapping
	@Operation(summary = "Your threads, latest message first",
			description = "Without the texts (open one thread to read it). Therapists: with every linked client, or "
					+ "with one (clientId). limit 1 to 200 (default 50); before is a thread's id or an instant. Each "
					+ "has respondBy, answeredAt, overdue, unread (the other side's messages you have not opened) "
					+ "and the read marks of both sides.")
	@ApiResponse(responseCode = "400", description = "Bad limit or before")
	List<ThreadJson> threads(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) UUID clientId,
			@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String before) {
		Instant now = this.clock.instant();
		return this.messages.threads(me, clientId, limit, before)
			.stream()
			.map((t) -> ThreadJson.of(t, now, false))
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one thread",
			description = "With its messages. Marks the other side's messages read; a therapist's read is in the "
					+ "client's access log. 404 for anyone else's thread.")
	ThreadJson thread(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return ThreadJson.of(this.messages.thread(me, id), this.clock.instant(), true);
	}

}
