package org.between.safety.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.between.accounts.Accounts;
import org.between.accounts.CurrentUser;
import org.between.safety.PlanProposal;
import org.between.safety.ProposedPlan;
import org.between.safety.SafetyNet;
import org.between.safety.SafetyPlan;
import org.between.safety.SafetyPlanInput;
import org.between.safety.SafetyPlans;
import org.between.safety.SafetyResponse;
import org.between.shared.web.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

/**
 * API.md "safety": the safety plan and its versions, the therapist's shared view, help
 * now.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "safety")
class SafetyApi {

	private final SafetyPlans plans;

	private final SafetyNet safetyNet;

	private final Accounts accounts;

	SafetyApi(SafetyPlans plans, SafetyNet safetyNet, Accounts accounts) {
		this.plans = plans;
		this.safetyNet = safetyNet;
		this.accounts = accounts;
	}

	@GetMapping("/safety-plan")
	@Operation(summary = "Your current safety plan (version 0 when you have not written one)")
	SafetyPlan current(@AuthenticationPrincipal CurrentUser me) {
		return this.plans.current(me);
	}

	@PutMapping("/safety-plan")
	@Operation(summary = "Save a new version of your safety plan; earlier versions stay readable")
	SafetyPlan save(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody SafetyPlanInput body) {
		if (body.crisisCountry() != null && !body.crisisCountry().isBlank()) {
			// The person's one country setting, which the crisis lines follow.
			this.accounts.changeCountry(me.requireClient(), body.crisisCountry());
		}
		return this.plans.save(me, body);
	}

	@GetMapping("/safety-plan/versions")
	@Operation(summary = "Every version of your safety plan, newest first")
	List<SafetyPlan> versions(@AuthenticationPrincipal CurrentUser me) {
		return this.plans.history(me);
	}

	@GetMapping("/safety-plan/versions/{version}")
	@Operation(summary = "One earlier version of your safety plan")
	SafetyPlan version(@AuthenticationPrincipal CurrentUser me, @PathVariable int version) {
		return this.plans.version(me, version);
	}

	@GetMapping(path = "/safety-plan/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "Your current safety plan as a printable PDF")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser me) {
		return SafetyPages.pdfResponse(this.plans.pdf(me));
	}

	@GetMapping("/clients/{clientId}/safety-plan")
	@Operation(summary = "A linked client's safety plan when they share it (therapists); every read is logged")
	SafetyPlan shared(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId) {
		return this.plans.sharedWith(me, clientId);
	}

	@PostMapping("/safety/help-now")
	@Operation(summary = "I need help now: always triggers the safety screen and returns the crisis lines")
	SafetyResponse helpNow(@AuthenticationPrincipal CurrentUser me) {
		return this.safetyNet.respond(me, List.of(SafetyNet.HELP_REQUESTED));
	}

	@PostMapping("/clients/{clientId}/safety-plan/proposals")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Propose changes to a linked client's shared safety plan (therapists): the whole plan as "
			+ "proposed, and an optional note; nothing changes until the client accepts. 404 unless the client "
			+ "shares the plan. Logged.")
	PlanProposal propose(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@Valid @RequestBody ProposedPlan body) {
		return this.plans.propose(me, clientId, body);
	}

	@GetMapping("/clients/{clientId}/safety-plan/proposals")
	@Operation(summary = "The proposals you made for a linked client who shares the plan, newest first, each with "
			+ "what it would change now (therapists); logged as a read of the plan")
	List<PlanProposal> proposalsBy(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId) {
		return this.plans.sharedWithProposals(me, clientId).proposals();
	}

	@PostMapping("/clients/{clientId}/safety-plan/reviewed")
	@Operation(summary = "Note that you went through a linked client's shared plan together (therapists); "
			+ "{on} defaults to today")
	@ProblemResponse(status = 422,
			description = "There is no plan yet, or the day is in the future or more than five years back")
	Reviewed reviewedWith(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@RequestBody(required = false) Reviewed body) {
		return new Reviewed(this.plans.markReviewedWith(me, clientId, (body == null) ? null : body.on()));
	}

	@GetMapping("/safety-plan/proposals")
	@Operation(summary = "Changes your therapist proposed to your safety plan that wait for your answer, "
			+ "each with what it would change")
	List<PlanProposal> proposals(@AuthenticationPrincipal CurrentUser me) {
		return this.plans.openProposals(me);
	}

	@PostMapping("/safety-plan/proposals/{id}/accept")
	@Operation(summary = "Take the proposed changes: a new version of your plan, written by your therapist; "
			+ "409 when already answered")
	@ProblemResponse(status = 409, description = "The proposal was answered already")
	SafetyPlan accept(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return this.plans.accept(me, id);
	}

	@PostMapping("/safety-plan/proposals/{id}/decline")
	@Operation(summary = "Keep your plan as it is; 409 when already answered")
	@ProblemResponse(status = 409, description = "The proposal was answered already")
	PlanProposal decline(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return this.plans.decline(me, id);
	}

	@PostMapping("/safety-plan/reviewed")
	@Operation(summary = "Note the day you last went through your plan with your therapist ({on}, default today; "
			+ "not in the future)")
	@ProblemResponse(status = 422,
			description = "There is no plan yet, or the day is in the future or more than five years back")
	SafetyPlan reviewed(@AuthenticationPrincipal CurrentUser me, @RequestBody(required = false) Reviewed body) {
		return this.plans.markReviewed(me, (body == null) ? null : body.on());
	}

	/** The day a plan was gone through together. */
	record Reviewed(LocalDate on) {
	}

}
