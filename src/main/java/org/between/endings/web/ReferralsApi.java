package org.between.endings.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.between.accounts.CurrentUser;
import org.between.endings.FormerReferral;
import org.between.endings.Referral;
import org.between.endings.ReferralChange;
import org.between.endings.ReferralRequest;
import org.between.endings.Referrals;
import org.between.shared.web.ProblemResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API.md "endings": referrals that close the loop. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "referrals", description = "Referrals with a status both sides follow forward")
class ReferralsApi {

	private final Referrals referrals;

	ReferralsApi(Referrals referrals) {
		this.referrals = referrals;
	}

	@PostMapping("/clients/{clientId}/referrals")
	@Operation(summary = "Record a referral (therapists)",
			description = "name (required, at most 200 characters), contact (500), note for the client (2 000); "
					+ "status SUGGESTED. 404 for a client not linked with you.")
	@ApiResponse(responseCode = "201", description = "Recorded")
	@ApiResponse(responseCode = "400", description = "Field problems")
	ResponseEntity<Referral> suggest(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@RequestBody(required = false) ReferralRequest body) {
		Referral referral = this.referrals.suggest(me, clientId, body);
		return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.id())).body(referral);
	}

	@GetMapping("/clients/{clientId}/referrals")
	@Operation(summary = "A linked client's referrals (therapists)",
			description = "Yours for this client, oldest first; one read in the client's access log.")
	List<Referral> ofClient(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId) {
		return this.referrals.ofClient(me, clientId);
	}

	@GetMapping("/referrals")
	@Operation(summary = "Referrals: your own (clients) or your clients' (therapists)",
			description = "Clients: every referral made for them. Therapists: those of clients still linked (a read "
					+ "in each client's access log); with former=true instead, for former clients who chose to keep "
					+ "it visible, only each referral's status (id, clientName, status, statusChangedAt).")
	List<?> list(@AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "false") boolean former) {
		if (me.isClient()) {
			return this.referrals.own(me);
		}
		if (former) {
			List<FormerReferral> statuses = this.referrals.former(me);
			return statuses;
		}
		return this.referrals.forTherapist(me);
	}

	@PatchMapping("/referrals/{id}")
	@Operation(summary = "Move a referral's status forward, or keep it visible (clients)",
			description = "status: CONTACTED, FIRST_SESSION_HELD or DECLINED, forward only (SUGGESTED → CONTACTED → "
					+ "FIRST_SESSION_HELD, or DECLINED from either of the first two); either of you may. Backwards, "
					+ "or after FIRST_SESSION_HELD or DECLINED: 422. keepVisibleToTherapist (clients only): let the "
					+ "therapist see the status after the ending, and only the status. 404 for anyone else's "
					+ "referral, and for the therapist once the link ended.")
	@ApiResponse(responseCode = "400", description = "Nothing to change, or keepVisibleToTherapist from a therapist")
	@ProblemResponse(status = 422, description = "The status would go backwards")
	Referral update(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@RequestBody(required = false) ReferralChange body) {
		return this.referrals.update(me, id, body);
	}

}
