package org.between.sessions.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.between.accounts.CurrentUser;
import org.between.sessions.MakeUpRequest;
import org.between.sessions.MakeUpRequests;
import org.between.sessions.SessionView;
import org.between.shared.web.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * API.md "Everyday": make-up requests. The client asks where the ruling offered a
 * make-up; their therapist confirms one time, which books a MAKE_UP session. Anyone else
 * gets 404.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "sessions")
class MakeUpApi {

	private final MakeUpRequests requests;

	MakeUpApi(MakeUpRequests requests) {
		this.requests = requests;
	}

	@PostMapping("/sessions/{id}/make-up-requests")
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponse(status = 422,
			description = "No make-up was offered for this session (or it was asked for or "
					+ "made up already), or a time is past, too far ahead, given twice or taken in either calendar")
	@Operation(summary = "Ask for a make-up of your cancelled session at one of 1 to 3 times that suit you "
			+ "(CLIENT, when the ruling offered a make-up)")
	MakeUpRequest request(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestBody MakeUpAsk body) {
		return this.requests.request(me, id, body.options());
	}

	@PostMapping("/make-up-requests/{id}/confirm")
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponse(status = 422,
			description = "Not one of the times asked for, past, taken meanwhile, or the "
					+ "request was confirmed already")
	@Operation(summary = "Book one of the times a client asked for as a MAKE_UP session (THERAPIST)")
	SessionView confirm(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@RequestBody MakeUpConfirmation body) {
		return this.requests.confirm(me, id, body.startsAt());
	}

	@GetMapping("/make-up-requests")
	@Operation(summary = "Your make-up requests (as client or therapist), newest first")
	List<MakeUpRequest> list(@AuthenticationPrincipal CurrentUser me,
			@Parameter(description = "true: only those still waiting for a time") @RequestParam(
					defaultValue = "false") boolean waiting) {
		return this.requests.mine(me, waiting);
	}

	@GetMapping("/make-up-requests/{id}")
	@Operation(summary = "One of your make-up requests")
	MakeUpRequest one(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return this.requests.find(me, id);
	}

	/** {@code {options: [startsAt…]}}, one to three instants. */
	record MakeUpAsk(List<Instant> options) {
	}

	/** {@code {startsAt}}: one of the times asked for. */
	record MakeUpConfirmation(Instant startsAt) {
	}

}
