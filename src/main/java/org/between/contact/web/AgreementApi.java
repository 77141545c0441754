package org.between.contact.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.between.accounts.CurrentUser;
import org.between.contact.AgreementInput;
import org.between.contact.AgreementOverview;
import org.between.contact.ContactAgreement;
import org.between.contact.ContactAgreements;
import org.between.shared.web.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API.md "sessions and frame": the contact agreement. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "contact agreement",
		description = "What contact between sessions is agreed: proposed by the therapist, accepted by the client")
class AgreementApi {

	private final ContactAgreements agreements;

	AgreementApi(ContactAgreements agreements) {
		this.agreements = agreements;
	}

	@PostMapping("/clients/{clientId}/contact-agreements")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Propose a contact agreement to a linked client (therapists)",
			description = "allowedCategories (SCHEDULING, BRIEF_CHECKIN, JOURNAL_BEFORE_SESSION, PHONE_EMERGENCY; "
					+ "may be empty), responseTimeHours 1–168 counted in the reading hours, readingHours "
					+ "{days, from, to} in your time zone (optional: MONDAY–FRIDAY, 09:00–17:00), "
					+ "crisisInstructions (required, ≤ 2 000), duringAbsences (≤ 2 000), reviewDate (not in the "
					+ "past), riskEmailAlerts. The agreement in force stays in force until the client accepts; "
					+ "an open proposal of yours is replaced. 404 unless the client is linked with you.")
	@ApiResponse(responseCode = "201", description = "Proposed: the whole agreement, status PROPOSED")
	@ApiResponse(responseCode = "400", description = "Field problems, every bad field named")
	ContactAgreement propose(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@RequestBody AgreementInput body) {
		return this.agreements.propose(me, clientId, body);
	}

	@GetMapping("/clients/{clientId}/contact-agreements")
	@Operation(summary = "Your agreements with a linked client: in force, proposed, history (therapists)",
			description = "404 unless the client is linked with you.")
	AgreementOverview forClient(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId) {
		return this.agreements.forTherapist(me, clientId);
	}

	@GetMapping("/contact-agreement")
	@Operation(summary = "Your contact agreement: in force, proposed, history (clients)",
			description = "active and proposed are with your current therapist (null when there is none); history "
					+ "holds every earlier agreement and proposal, newest first.")
	AgreementOverview mine(@AuthenticationPrincipal CurrentUser me) {
		return this.agreements.forClient(me);
	}

	@PostMapping("/contact-agreements/{id}/accept")
	@Operation(summary = "Accept a proposed agreement (clients): it is in force from now",
			description = "The agreement in force before becomes SUPERSEDED. Accepting the one in force again "
					+ "changes nothing. 404 for anyone else's agreement.")
	@ProblemResponse(status = 409, description = "The proposal is no longer open (replaced or superseded)")
	ContactAgreement accept(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return this.agreements.accept(me, id);
	}

	@PostMapping("/contact-agreements/{id}/discuss")
	@Operation(summary = "\"Let's talk about it\" (clients): the proposal goes on your next session's agenda",
			description = "A journal entry marked for your next session and shared with your therapist "
					+ "(discussionEntryId); the proposal stays open and can be accepted later. Asking again "
					+ "changes nothing. 404 for anyone else's agreement.")
	@ProblemResponse(status = 409, description = "Only an open proposal can be talked about")
	ContactAgreement discuss(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return this.agreements.discuss(me, id);
	}

}
