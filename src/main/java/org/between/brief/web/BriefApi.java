package org.between.brief.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.between.accounts.CurrentUser;
import org.between.brief.Briefs;
import org.between.brief.Briefs.PreSessionBrief;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API.md "sessions and frame": {@code GET /api/v1/sessions/{id}/brief}. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "brief")
class BriefApi {

	private final Briefs briefs;

	BriefApi(Briefs briefs) {
		this.briefs = briefs;
	}

	@GetMapping("/sessions/{id}/brief")
	@Operation(summary = "The pre-session brief: everything since the last held session (the session's therapist)",
			description = """
					Only for the session's own therapist; anyone else (another therapist, the client, an unknown \
					id, a client no longer linked) gets 404. Each read is one BRIEF_READ row in the client's audit \
					log. `since` is the start of the last held session of this pair before this one, else when \
					the client linked, at most 90 days before `until` (`sinceBasis` says which); `until` is the \
					earlier of now and the session's start. Check-ins carry numbers only (never notes); shared \
					journal entries are listed without their text (opening one is a logged read); skills are \
					the practices in the window without their notes. `messages` are the threads of secure \
					messages opened or written to in the window, without their text (category, openedAt, lastAt, \
					respondBy, answeredAt). `sharing` is what the client lets the therapist see \
					(GET|PUT /api/v1/me/sharing): a category they do not share is empty (`checkins` null; \
					`riskFlags`, `measures`, `skills` empty) and is not read at all. `absence` (null when none) is \
					the time away of yours that began after the last held session (ended or still going on): \
					its days, `ongoing`, the cover, and of the check-ins inside its days `checkins` and \
					`meanDistress` (null when check-ins are not shared) and `riskFlags` (empty when not \
					shared). `frameEvents` lists your time away too (`type` ABSENCE with `absenceId`, \
					`firstDay`, `lastDay`; `upcoming` when it begins later).""")
	PreSessionBrief brief(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return this.briefs.brief(me, id);
	}

}
