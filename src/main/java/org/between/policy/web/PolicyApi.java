package org.between.policy.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.between.accounts.CurrentUser;
import org.between.policy.Acknowledgement;
import org.between.policy.ClientFee;
import org.between.policy.ClientFeeInput;
import org.between.policy.ClientFees;
import org.between.policy.ClientFrame;
import org.between.policy.Policies;
import org.between.policy.PolicyAcknowledgements;
import org.between.policy.PolicyInput;
import org.between.policy.PolicyOverview;
import org.between.policy.PolicyPublished;
import org.between.shared.web.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API.md "sessions and frame": the practice policy, client fees, acknowledgements. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "policy", description = "The practice policy: versions with notice, a fee per client, acknowledgements")
class PolicyApi {

	private final Policies policies;

	private final ClientFees fees;

	private final PolicyAcknowledgements acknowledgements;

	PolicyApi(Policies policies, ClientFees fees, PolicyAcknowledgements acknowledgements) {
		this.policies = policies;
		this.fees = fees;
		this.acknowledgements = acknowledgements;
	}

	@PutMapping("/policy")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Publish a new version of your practice policy (therapists)",
			description = "effectiveFrom is a day in your time zone (today when left out). The first version may "
					+ "take effect at once; a later one from today + between.policy.notice-days (default 30), "
					+ "unless it is wholly in the client's favour (fees and notice window lower or equal, make-up at "
					+ "least as generous, everything else unchanged). Linked clients are e-mailed when it takes "
					+ "effect later.")
	@ApiResponse(responseCode = "201", description = "Published")
	@ApiResponse(responseCode = "400", description = "Field problems")
	@ApiResponse(responseCode = "422",
			description = "Too little notice; errors[effectiveFrom] and earliestEffectiveFrom name the earliest date")
	@ProblemResponse(status = 409, description = "Another version was published at the same moment: try again")
	PolicyPublished publish(@AuthenticationPrincipal CurrentUser me, @RequestBody PolicyInput body) {
		return this.policies.publish(me, body);
	}

	@GetMapping("/policy")
	@Operation(summary = "The policy: current version, upcoming versions, history",
			description = "Therapists: their own. Clients: their linked therapist's (404 when not linked), with "
					+ "their acknowledgements and their own fee, if one was agreed.")
	PolicyOverview policy(@AuthenticationPrincipal CurrentUser me) {
		return this.policies.overview(me);
	}

	@PostMapping("/policy/{version}/acknowledge")
	@Operation(summary = "Say that you have read a version (clients); saying it again changes nothing",
			description = "201 the first time, 200 after that (with the first moment); 404 for an unknown version.")
	ResponseEntity<Acknowledgement> acknowledge(@AuthenticationPrincipal CurrentUser me, @PathVariable int version) {
		var result = this.acknowledgements.acknowledge(me, version);
		return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(result.acknowledgement());
	}

	@PutMapping("/clients/{clientId}/fee")
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponse(status = 422, description = "A higher fee with too little notice; the earliest date is named")
	@Operation(summary = "Set a linked client's own fee per session (therapists)",
			description = "Lower or equal than the fee in force for them: may take effect today; higher: only with "
					+ "the policy notice (422 names the earliest date). 404 unless the client is linked with you.")
	ClientFee fee(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@RequestBody ClientFeeInput body) {
		return this.fees.set(me, clientId, body);
	}

	@GetMapping("/clients/{clientId}/frame")
	@Operation(summary = "A linked client's acknowledgements and fee history (therapists)",
			description = "Not written to the audit log: acknowledgements and fees are administrative, not "
					+ "clinical content.")
	ClientFrame frame(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId) {
		return this.policies.clientFrame(me, clientId);
	}

}
