package org.between.toolbox.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.between.accounts.CurrentUser;
import org.between.toolbox.Practice;
import org.between.toolbox.RankedSkill;
import org.between.toolbox.Skill;
import org.between.toolbox.Toolbox;
import org.between.toolbox.Toolbox.NewPractice;
import org.between.toolbox.Toolbox.NewSkill;
import org.between.toolbox.Toolbox.TherapistSkill;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API.md "toolbox". */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "toolbox")
class ToolboxApi {

	private final Toolbox toolbox;

	ToolboxApi(Toolbox toolbox) {
		this.toolbox = toolbox;
	}

	@GetMapping("/skills")
	@Operation(summary = "Built-in skills and your own (with fromTherapist and the suggested rhythm)")
	List<Skill> skills(@AuthenticationPrincipal CurrentUser me) {
		return this.toolbox.skills(me);
	}

	@PostMapping("/skills")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a skill of your own (clients): name ≤ 100, 1–20 steps of ≤ 500 characters, tags")
	Skill create(@AuthenticationPrincipal CurrentUser me, @RequestBody NewSkill body) {
		return this.toolbox.create(me, body);
	}

	@GetMapping("/skills/ranking")
	@Operation(summary = "Your skills, best first: estimatedReduction = (n·mean_skill + 3·mean_all) / (n + 3); "
			+ "never-practised skills after, with practices 0, meanReduction null and estimatedReduction = mean_all "
			+ "(0 without practices)")
	List<RankedSkill> ranking(@AuthenticationPrincipal CurrentUser me,
			@RequestParam(required = false) String situation) {
		return this.toolbox.ranking(me, situation);
	}

	@GetMapping("/skills/{id}")
	@Operation(summary = "A built-in skill or one of your own")
	Skill skill(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return this.toolbox.skill(me, id);
	}

	@DeleteMapping("/skills/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove one of your own skills (also one from your therapist); its practices are kept")
	void remove(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		this.toolbox.remove(me, id);
	}

	@PostMapping("/skills/{id}/practices")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a practice: distress before and after (0–10), situation, minutes, note")
	Practice practise(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, @RequestBody NewPractice body) {
		return this.toolbox.practise(me, id, body);
	}

	@PostMapping("/clients/{clientId}/skills")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a skill to a linked client's toolbox with a suggested rhythm (therapists; audited)")
	Skill addForClient(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@RequestBody TherapistSkill body) {
		return this.toolbox.addForClient(me, clientId, body);
	}

}
