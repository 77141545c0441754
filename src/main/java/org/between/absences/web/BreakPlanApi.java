package org.between.absences.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

import org.between.absences.BreakPlanInput;
import org.between.absences.BreakPlans;
import org.between.absences.TherapistNote;
import org.between.accounts.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * API.md "additions (second wave)": the break plan for a therapist's time away. The
 * bodies are not {@code @Valid}: {@link BreakPlans} checks every field at once, also
 * those only it can (the skills of the client's toolbox, a cover named).
 */
@RestController
@RequestMapping("/api/v1/absences/{id}")
@Tag(name = "absences", description = "Time away: notice, a covering colleague, a note for clients")
class BreakPlanApi {

	private final BreakPlans plans;

	BreakPlanApi(BreakPlans plans) {
		this.plans = plans;
	}

	@GetMapping("/break-plan")
	@Operation(summary = "Your break plan for your therapist's time away (clients)",
			description = "From the announcement until the absence ends; 404 for any other absence, and before or "
					+ "after. Before you write anything: an empty plan, with your therapist's note if they wrote one.")
	BreakPlanJson plan(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return BreakPlanJson.of(this.plans.plan(me, id));
	}

	@PutMapping("/break-plan")
	@Operation(summary = "Save your break plan (clients)",
			description = "skills: ids of skills in your toolbox (at most 20); people: at most 10 {name, phone} "
					+ "(name up to 100 characters, phone digits, spaces and + ( ) - . /, up to 40); note up to 2 000 "
					+ "characters. shareWithTherapist (default false) lets your therapist read the plan; "
					+ "shareWithCover (default false) lets the covering colleague read it and your safety plan "
					+ "during the absence only (400 when no one covers). 400 lists every bad field.")
	BreakPlanJson save(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@RequestBody BreakPlanInput body) {
		return BreakPlanJson.of(this.plans.save(me, id, body));
	}

	@GetMapping("/break-plans")
	@Operation(summary = "Your clients' break plans for your time away (therapists)",
			description = "Every linked client with your note for them, and their plan only when they share it "
					+ "with you (each plan read is in that client's access log). 404 for another therapist's "
					+ "absence, a withdrawn one, or one that has ended.")
	List<ClientBreakPlanJson> clients(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return this.plans.forTherapist(me, id).stream().map(ClientBreakPlanJson::of).toList();
	}

	@GetMapping("/break-plan/{clientId}")
	@Operation(summary = "One client's break plan for your time away (therapists)",
			description = "Your note, and the plan when the client shares it (audited); 404 unless linked.")
	ClientBreakPlanJson client(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@PathVariable UUID clientId) {
		return ClientBreakPlanJson.of(this.plans.forTherapist(me, id, clientId));
	}

	@PutMapping("/break-plan/{clientId}/note")
	@Operation(summary = "Write your note for a client's break plan (therapists)",
			description = "Up to 2 000 characters; blank takes it back. Your own absence, not withdrawn or over, "
					+ "and a linked client; 404 otherwise.")
	TherapistNote note(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @PathVariable UUID clientId,
			@RequestBody NoteBody body) {
		return this.plans.writeNote(me, id, clientId, (body != null) ? body.note() : null);
	}

	/** The therapist's note; the facade checks its length. */
	record NoteBody(@Size(max = 2000) String note) {
	}

}
