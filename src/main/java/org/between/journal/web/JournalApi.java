package org.between.journal.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.between.accounts.CurrentUser;
import org.between.journal.EntryRead;
import org.between.journal.Journal;
import org.between.journal.JournalEntry;
import org.between.journal.JournalEntryChange;
import org.between.journal.NewJournalEntry;
import org.between.journal.SharedEntrySummary;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API.md "journal". */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "journal")
class JournalApi {

	private final Journal journal;

	JournalApi(Journal journal) {
		this.journal = journal;
	}

	@PostMapping("/journal")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Write an entry (private unless shareWithTherapist is true)")
	JournalEntry write(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody NewJournalEntry body) {
		return this.journal.write(me, body);
	}

	@GetMapping("/journal")
	@Operation(summary = "Your entries, newest first; q searches title and body, ignoring case")
	List<JournalEntry> entries(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "100") int limit, @RequestParam(required = false) String before) {
		return this.journal.entries(me, q, limit, before);
	}

	@GetMapping("/journal/{id}")
	@Operation(summary = "One of your entries")
	JournalEntry entry(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return this.journal.entry(me, id);
	}

	@PatchMapping("/journal/{id}")
	@Operation(summary = "Change the text, the intensity or either flag; only the fields given change")
	JournalEntry change(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@Valid @RequestBody JournalEntryChange body) {
		return this.journal.change(me, id, body);
	}

	@DeleteMapping("/journal/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete one of your entries")
	void delete(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		this.journal.delete(me, id);
	}

	@GetMapping("/journal/{id}/reads")
	@Operation(summary = "When your therapist opened this entry, oldest first")
	List<EntryRead> reads(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return this.journal.reads(me, id);
	}

	@GetMapping("/clients/{clientId}/journal")
	@Operation(summary = "The entries a linked client shares, without bodies (therapists)")
	List<SharedEntrySummary> shared(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId) {
		return this.journal.sharedEntries(me, clientId);
	}

	@GetMapping("/clients/{clientId}/journal/{id}")
	@Operation(summary = "A shared entry of a linked client (therapists); every read is logged and shown to the client")
	JournalEntry sharedEntry(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@PathVariable UUID id) {
		return this.journal.sharedEntry(me, clientId, id);
	}

}
