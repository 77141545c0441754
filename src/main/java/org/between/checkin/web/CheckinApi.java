package org.between.checkin.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.between.accounts.CurrentUser;
import org.between.checkin.CheckinView;
import org.between.checkin.Checkins;
import org.between.checkin.NewCheckin;
import org.between.checkin.RecordedCheckin;
import org.between.shared.web.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * API.md "checkin": clients only (403 for therapists); another client's check-in is 404.
 */
@RestController
@RequestMapping("/api/v1/checkins")
@Tag(name = "checkin")
class CheckinApi {

	private final Checkins checkins;

	CheckinApi(Checkins checkins) {
		this.checkins = checkins;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Check in: mood and distress 0-10, emotions, urges 0-5, whom you turned to first, "
			+ "what you did, a note; safety.triggered says whether the safety screen is next, "
			+ "suggestedSkills holds up to three skills when distress is 6 or more")
	RecordedCheckin record(@AuthenticationPrincipal CurrentUser me, @RequestBody NewCheckin body) {
		return this.checkins.record(me, body);
	}

	@GetMapping
	@Operation(summary = "Your check-ins, newest first; from inclusive, to exclusive (a date as 'to' includes "
			+ "that day); before = an instant or a check-in id for the next page")
	List<CheckinView> list(@AuthenticationPrincipal CurrentUser me,
			@Parameter(description = "instant or calendar date in your time zone") @RequestParam(
					required = false) String from,
			@Parameter(description = "instant or calendar date in your time zone") @RequestParam(
					required = false) String to,
			@Parameter(description = "1 to 500, default 100") @RequestParam(required = false) Integer limit,
			@Parameter(description = "instant, or the id of the last check-in of the previous page") @RequestParam(
					required = false) String before) {
		return this.checkins.list(me, from, to, limit, before);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One of your check-ins")
	CheckinView one(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return this.checkins.find(me, id);
	}

	@PatchMapping("/{id}")
	@ProblemResponse(status = 422, description = "more than 7 days after the moment the check-in is about")
	@Operation(summary = "Correct one of your check-ins within 7 days of its 'at': any field of a check-in, "
			+ "those left out stay; answered like a new check-in (safety, suggestedSkills)")
	RecordedCheckin change(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@RequestBody NewCheckin body) {
		return this.checkins.change(me, id, body);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@ProblemResponse(status = 422, description = "more than 7 days after the moment the check-in is about")
	@Operation(summary = "Delete one of your check-ins within 7 days of its 'at'")
	void delete(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		this.checkins.delete(me, id);
	}

}
