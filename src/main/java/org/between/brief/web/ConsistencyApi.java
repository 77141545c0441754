package org.between.brief.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.between.accounts.CurrentUser;
import org.between.brief.Consistency;
import org.between.brief.ConsistencyRecord;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Issue 18: the therapist's own consistency record. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "brief")
class ConsistencyApi {

	private final Consistency consistency;

	ConsistencyApi(Consistency consistency) {
		this.consistency = consistency;
	}

	@GetMapping("/consistency")
	@Operation(summary = "Your own consistency record (therapists)",
			description = "Over the last `months` months (1–" + Consistency.MAX_MONTHS + ", default "
					+ Consistency.DEFAULT_MONTHS + "): one section per part (sessions: held, late starts said ahead "
					+ "and not, minutes lost, ended early, full length said and not kept, your cancellations and their "
					+ "notice; policy: changes and their notice; time away: absences, notice, emergencies, cover), "
					+ "each figure with its message key, number and sentence. About you only, for your own "
					+ "reflection or supervision: never shown to anyone else, never compared with colleagues. 403 "
					+ "for clients.")
	ConsistencyRecord record(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Integer months) {
		return this.consistency.of(me, months);
	}

}
