package org.between.absences.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.between.absences.Absence;
import org.between.absences.AbsenceRequest;
import org.between.absences.Absences;
import org.between.accounts.CurrentUser;
import org.between.shared.web.ProblemResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API.md "sessions and frame": a therapist's time away. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "absences", description = "Time away: notice, a covering colleague, a note for clients")
class AbsencesApi {

	private final Absences absences;

	AbsencesApi(Absences absences) {
		this.absences = absences;
	}

	@PostMapping("/absences")
	@Operation(summary = "Announce time away (therapists)",
			description = "startDate and endDate are days in your time zone, both inclusive, at most 92 days. "
					+ "Without emergency, startDate must be at least between.absences.notice-days (default 14) "
					+ "days away; an emergency may start today. coveringTherapistId (optional) must be one of your "
					+ "colleagues, and then coverageNote says how clients reach them (at most 2 000 characters, as "
					+ "messageToClients). Every session of yours still scheduled that starts on one of the days is "
					+ "cancelled by you (no fee, make-up offered) and every linked client is e-mailed; "
					+ "cancelledSessions counts those sessions. 400 for bad fields (past days, end before start, "
					+ "too long, overlapping time away you announced, a cover who is not a colleague).")
	@ApiResponse(responseCode = "201", description = "Announced")
	@ApiResponse(responseCode = "400", description = "Field problems")
	@ProblemResponse(status = 422,
			description = "Too little notice; errors[startDate] and earliestStartDate name the earliest first day")
	ResponseEntity<AbsenceJson> announce(@AuthenticationPrincipal CurrentUser me,
			@Valid @RequestBody AbsenceRequest body) {
		Absence absence = this.absences.announce(me, body);
		return ResponseEntity.created(URI.create("/api/v1/absences/" + absence.id())).body(AbsenceJson.of(absence));
	}

	@GetMapping("/absences")
	@Operation(summary = "Time away: your own, or your therapist's",
			description = "Therapists: all of theirs, withdrawn ones too (withdrawnAt set), the latest first. "
					+ "Clients: their therapist's announced, not withdrawn absences that have not ended, the latest "
					+ "first, without cancelledSessions (an empty list without a therapist).")
	List<AbsenceJson> list(@AuthenticationPrincipal CurrentUser me) {
		return this.absences.list(me).stream().map(AbsenceJson::of).toList();
	}

	@GetMapping("/absences/{id}")
	@Operation(summary = "One absence: your own, or your therapist's (404 for any other)")
	AbsenceJson get(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return AbsenceJson.of(this.absences.get(me, id));
	}

	@DeleteMapping("/absences/{id}")
	@Operation(summary = "Withdraw time away before it begins (therapists)",
			description = "Only before its first day in its time zone (422 after). The sessions it cancelled are "
					+ "scheduled again where the time is still free; every linked client is e-mailed. 404 for "
					+ "another therapist's absence.")
	@ApiResponse(responseCode = "204", description = "Withdrawn")
	@ProblemResponse(status = 422, description = "The time away has begun")
	@ProblemResponse(status = 409, description = "It was already withdrawn")
	ResponseEntity<Void> withdraw(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		this.absences.withdraw(me, id);
		return ResponseEntity.noContent().build();
	}

}
