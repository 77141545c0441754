package org.between.insights.web;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.between.accounts.CurrentUser;
import org.between.insights.Insights;
import org.between.insights.Insights.InBetween;
import org.between.insights.Insights.SelfReliance;
import org.between.shared.web.ProblemResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API.md "insights". */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "insights")
class InsightsApi {

	private final Insights insights;

	InsightsApi(Insights insights) {
		this.insights = insights;
	}

	@GetMapping("/insights/self-reliance")
	@Operation(summary = "Whom or what you turned to first, by month, and how concentrated support is on one person",
			description = "from/to are days in your time zone, both inclusive; without them the last six months.")
	SelfReliance selfReliance(@AuthenticationPrincipal CurrentUser me,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.insights.selfReliance(me, from, to);
	}

	@GetMapping("/insights/in-between")
	@Operation(summary = "Mean distress by days since the last held session (available once sessions exist)",
			description = "Over the last year, check-ins from the first held session on. duringAbsences is the mean "
					+ "distress of those inside your therapist's time away (its days in their time zone; null until "
					+ "there is an absence with at least one check-in), otherwise the mean of the others.")
	InBetween inBetween(@AuthenticationPrincipal CurrentUser me) {
		return this.insights.inBetween(me);
	}

	@GetMapping("/insights/sharing")
	@Operation(summary = "Whether your therapist sees your insights (the insights category of /api/v1/me/sharing)")
	Sharing sharing(@AuthenticationPrincipal CurrentUser me) {
		return new Sharing(this.insights.isShared(me));
	}

	@PutMapping("/insights/sharing")
	@Operation(summary = "Share your insights with your therapist, or stop sharing (off by default)",
			description = "The insights category of GET|PUT /api/v1/me/sharing, the others kept; 409 when you are "
					+ "not linked with a therapist.")
	@ProblemResponse(status = 409, description = "You are not linked with a therapist")
	Sharing share(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody Sharing body) {
		return new Sharing(this.insights.share(me, body.shared()));
	}

	@GetMapping("/clients/{clientId}/insights/self-reliance")
	@Operation(summary = "A linked client's insights while they share them (therapists); each read is logged")
	SelfReliance ofClient(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.insights.selfRelianceOf(me, clientId, from, to);
	}

	record Sharing(@NotNull Boolean shared) {
	}

}
