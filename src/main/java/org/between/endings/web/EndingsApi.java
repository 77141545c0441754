package org.between.endings.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.between.accounts.CurrentUser;
import org.between.endings.EndingRequest;
import org.between.endings.Endings;
import org.between.shared.web.ProblemResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API.md "endings": proposing an ending, reading it, asking to talk about it. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "endings", description = "Endings agreed with notice, a taper, the last sessions marked")
class EndingsApi {

	private final Endings endings;

	EndingsApi(Endings endings) {
		this.endings = endings;
	}

	@PostMapping("/clients/{clientId}/endings")
	@Operation(summary = "Propose an ending (therapists)",
			description = "lastSessionDate is a day in your time zone. PLANNED: at least between.endings.notice-days "
					+ "(28) days away and at least between.endings.notice-sessions (4) sessions up to and including it, "
					+ "else 422 with earliestDate. UNPLANNED (unplannedReason MOVING, ILLNESS or PRACTICE_CLOSING): "
					+ "the longest notice you can give, from today on; it needs a referral (in referrals, or recorded "
					+ "before), else 422. reason: your plain words for the client (at most 2 000 characters). "
					+ "taper {everyWeeks: 2, from}: from that day the standing appointments meet every everyWeeks "
					+ "weeks; one that would leave fewer sessions than the notice agreed is 422 and changes nothing. "
					+ "followUpWeeks (1–26): a follow-up that many weeks after the last session; the link ends after "
					+ "it. The standing appointments end on lastSessionDate; the client sees the ending on their home "
					+ "at once and is e-mailed. 404 for a client not linked with you; 409 while an ending is open.")
	@ApiResponse(responseCode = "201", description = "Proposed")
	@ApiResponse(responseCode = "400", description = "Field problems")
	@ProblemResponse(status = 422,
			description = "A past day or too little notice (earliestDate), no referral, or a taper leaving too few sessions")
	@ProblemResponse(status = 409, description = "An ending is already open for this client")
	ResponseEntity<EndingJson> propose(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@RequestBody(required = false) EndingRequest body) {
		EndingJson ending = EndingJson.of(this.endings.propose(me, clientId, body));
		return ResponseEntity.created(URI.create("/api/v1/clients/" + clientId + "/ending")).body(ending);
	}

	@GetMapping("/clients/{clientId}/ending")
	@Operation(summary = "A client's open ending (therapists)",
			description = "204 when none is open; 404 for a client not linked with you. Each read is in the "
					+ "client's access log.")
	@ApiResponse(responseCode = "200", description = "The open ending")
	@ApiResponse(responseCode = "204", description = "No ending is open")
	ResponseEntity<EndingJson> ofClient(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId) {
		return this.endings.ofClient(me, clientId)
			.map((e) -> ResponseEntity.ok(EndingJson.of(e)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@GetMapping("/ending")
	@Operation(summary = "Your ending (clients)",
			description = "The open ending, or else the latest one (closedAt set once the link ended); 204 when "
					+ "there was none. sessionsLeft counts the sessions still to come up to the last day "
					+ "(or the follow-up).")
	@ApiResponse(responseCode = "200", description = "The ending")
	@ApiResponse(responseCode = "204", description = "No ending")
	ResponseEntity<EndingJson> own(@AuthenticationPrincipal CurrentUser me) {
		return this.endings.forClient(me)
			.map((e) -> ResponseEntity.ok(EndingJson.of(e)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping("/ending/discuss")
	@Operation(summary = "Ask to talk about the ending (clients)",
			description = "It goes on the agenda of your next session (a private journal entry to bring along, "
					+ "once per ending); your therapist sees that you asked. 404 without an open ending.")
	EndingJson discuss(@AuthenticationPrincipal CurrentUser me) {
		return EndingJson.of(this.endings.discuss(me));
	}

}
