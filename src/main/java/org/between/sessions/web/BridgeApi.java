package org.between.sessions.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.between.accounts.CurrentUser;
import org.between.sessions.AfterSession;
import org.between.sessions.BridgeNote;
import org.between.sessions.BridgeNotes;
import org.between.shared.web.ProblemResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Issue 18: the bridge note after a held session, and the client's landing after it. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "sessions")
class BridgeApi {

	private final BridgeNotes notes;

	private final AfterSession after;

	BridgeApi(BridgeNotes notes, AfterSession after) {
		this.notes = notes;
		this.after = after;
	}

	@PutMapping("/sessions/{id}/bridge")
	@ProblemResponse(status = 409, description = "The session was not held")
	@Operation(summary = "Leave (or rewrite) a bridge note after a held session (the session's therapist)",
			description = "note 1–" + BridgeNotes.NOTE_MAX + " characters, encrypted at rest; skillId optional, one "
					+ "of the client's toolbox skills you may see (built-in, yours, or theirs while they share "
					+ "skills). The client sees it on their home until the next held session. 404 for anyone but the "
					+ "session's therapist, 409 when the session was not held.")
	BridgeNote write(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestBody BridgeRequest body) {
		return this.notes.write(me, id, body.note(), body.skillId());
	}

	@GetMapping("/bridge")
	@Operation(summary = "Your bridge note now (clients)",
			description = "The note of your latest held session, until the next session is held; 204 when there is "
					+ "none.")
	ResponseEntity<BridgeNote> current(@AuthenticationPrincipal CurrentUser me) {
		me.requireClient();
		return this.notes.current(me).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping("/bridge/{id}/keep")
	@Operation(summary = "Keep a bridge note in your portfolio (clients)", description = "404 for anyone else's note.")
	BridgeNote keep(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return this.notes.keep(me, id);
	}

	@GetMapping("/after-session")
	@Operation(summary = "The landing after a session (clients)",
			description = "For " + 6
					+ " hours after the recorded end of your latest held session: the bridge note, the "
					+ "skill that has worked best for you in the situation you practise in most (with its numbers), "
					+ "the next session. 204 outside those hours.")
	ResponseEntity<AfterSession.Landing> landing(@AuthenticationPrincipal CurrentUser me) {
		me.requireClient();
		return this.after.landing(me).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
	}

	record BridgeRequest(String note, UUID skillId) {
	}

}
