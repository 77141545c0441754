package org.between.absences.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.between.absences.Covering;
import org.between.accounts.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API.md "additions (second wave)": what the colleague covering an absence may read. */
@RestController
@RequestMapping("/api/v1/cover")
@Tag(name = "absences", description = "Time away: notice, a covering colleague, a note for clients")
class CoverApi {

	private final Covering covering;

	CoverApi(Covering covering) {
		this.covering = covering;
	}

	@GetMapping
	@Operation(summary = "The absences you cover for colleagues (therapists)",
			description = "Those not withdrawn and not over, soonest first. Inside their days only (now true), the "
					+ "clients who chose to share with you, each with their break plan and safety plan; every "
					+ "client's read is in their access log. Before the start and after the end, no clients.")
	List<CoveredAbsenceJson> covered(@AuthenticationPrincipal CurrentUser me) {
		return this.covering.absencesWithPlans(me).stream().map(CoveredAbsenceJson::of).toList();
	}

	@GetMapping("/{absenceId}/clients/{clientId}")
	@Operation(summary = "What one client shared with you while you cover (therapists)",
			description = "Their break plan and safety plan, during the absence only; audited. 404 before the "
					+ "start, after the end, without the client's choice to share, or for another colleague.")
	CoveredAbsenceJson.SharedJson client(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID absenceId,
			@PathVariable UUID clientId) {
		return CoveredAbsenceJson.SharedJson.of(this.covering.client(me, absenceId, clientId));
	}

}
