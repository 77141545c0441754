package org.between.toolbox.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.safety.SafetyPlans;
import org.between.shared.InvalidInputException;
import org.between.shared.web.FormProblems;
import org.between.toolbox.Practice;
import org.between.toolbox.RankedSkill;
import org.between.toolbox.Situation;
import org.between.toolbox.Skill;
import org.between.toolbox.Tool;
import org.between.toolbox.Toolbox;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /toolbox} (what has helped, the client's skills, the built-in ones, adding one),
 * {@code /toolbox/{id}} (steps, pacer or timer, the practice form) and the therapist's
 * {@code /clients/{id}/toolbox} (adding a skill to a linked client's toolbox). Plain
 * forms; only the meditation timer needs JavaScript, and says so without it.
 */
@Controller
class ToolboxPages {

	private final Toolbox toolbox;

	private final SafetyPlans safetyPlans;

	private final ClientLinks links;

	ToolboxPages(Toolbox toolbox, SafetyPlans safetyPlans, ClientLinks links) {
		this.toolbox = toolbox;
		this.safetyPlans = safetyPlans;
		this.links = links;
	}

	@GetMapping("/toolbox")
	String index(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String situation,
			Model model) {
		me.requireClient();
		model.addAttribute("form", SkillForm.empty());
		model.addAttribute("problems", FormProblems.Shown.none());
		return indexPage(me, situation, model);
	}

	@PostMapping("/toolbox")
	String create(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") SkillForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		me.requireClient();
		try {
			Skill skill = this.toolbox.create(me, form.toNewSkill());
			redirect.addFlashAttribute("added", true);
			return "redirect:/toolbox/" + skill.id();
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(result, ex, FormProblems.UNNUMBERED);
			model.addAttribute("problems", FormProblems.shown(result));
			return indexPage(me, null, model);
		}
	}

	@GetMapping("/toolbox/{id}")
	String skill(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@RequestParam(required = false) String situation, Model model) {
		me.requireClient();
		String known = Situation.fromCode(situation).map(Situation::name).orElse(null);
		model.addAttribute("form", PracticeForm.empty(known));
		model.addAttribute("problems", FormProblems.Shown.none());
		return skillPage(me, id, model);
	}

	@PostMapping("/toolbox/{id}/practices")
	String practise(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@ModelAttribute("form") PracticeForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		me.requireClient();
		try {
			Practice practice = this.toolbox.practise(me, id, form.toNewPractice());
			// Flash attributes live in the (JDBC) session: plain numbers only.
			redirect.addFlashAttribute("savedBefore", practice.distressBefore());
			redirect.addFlashAttribute("savedAfter", practice.distressAfter());
			return "redirect:/toolbox/" + id + "#saved";
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(result, ex, FormProblems.UNNUMBERED);
			model.addAttribute("problems", FormProblems.shown(result));
			return skillPage(me, id, model);
		}
	}

	@PostMapping("/toolbox/{id}/remove")
	String remove(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		Skill skill = this.toolbox.skill(me, id);
		this.toolbox.remove(me, id);
		redirect.addFlashAttribute("removed", skill.name());
		return "redirect:/toolbox";
	}

	@GetMapping("/clients/{clientId}/toolbox")
	String clientForm(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId, Model model) {
		model.addAttribute("client", this.links.requireLinkedClient(me, clientId));
		model.addAttribute("form", SkillForm.empty());
		model.addAttribute("problems", FormProblems.Shown.none());
		model.addAttribute("situations", Situation.values());
		return "toolbox/client";
	}

	@PostMapping("/clients/{clientId}/toolbox")
	String addForClient(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@ModelAttribute("form") SkillForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		var client = this.links.requireLinkedClient(me, clientId);
		try {
			Skill skill = this.toolbox.addForClient(me, clientId, form.toTherapistSkill());
			redirect.addFlashAttribute("added", skill.name());
			return "redirect:/clients/" + clientId + "/toolbox";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("client", client);
			FormProblems.reject(result, ex, FormProblems.UNNUMBERED);
			model.addAttribute("problems", FormProblems.shown(result));
			model.addAttribute("situations", Situation.values());
			return "toolbox/client";
		}
	}

	private String indexPage(CurrentUser me, String situation, Model model) {
		Optional<Situation> chosen = Situation.fromCode(situation);
		List<Skill> skills = this.toolbox.skills(me);
		List<RankedSkill> ranking = this.toolbox.ranking(me, chosen.map(Situation::name).orElse(null));
		model.addAttribute("situations", Situation.values());
		model.addAttribute("situation", chosen.orElse(null));
		model.addAttribute("tried", ranking.stream().filter(RankedSkill::practised).map(RankingRow::of).toList());
		model.addAttribute("untried", ranking.stream().filter((r) -> !r.practised()).toList());
		model.addAttribute("own", skills.stream().filter((s) -> !s.builtIn()).toList());
		model.addAttribute("builtIn", skills.stream().filter(Skill::builtIn).toList());
		return "toolbox/index";
	}

	private String skillPage(CurrentUser me, UUID id, Model model) {
		Skill skill = this.toolbox.skill(me, id);
		model.addAttribute("skill", skill);
		model.addAttribute("situations", Situation.values());
		model.addAttribute("scale", Arrays.asList(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
		model.addAttribute("record",
				this.toolbox.ranking(me, null)
					.stream()
					.filter((r) -> r.skillId().equals(id) && r.practised())
					.findFirst()
					.map(RankingRow::of)
					.orElse(null));
		model.addAttribute("timerMinutes", List.of(3, 5, 10));
		if (skill.tool() == Tool.REACH_OUT) {
			model.addAttribute("people", this.safetyPlans.current(me).peopleToAsk());
		}
		return "toolbox/skill";
	}

	/**
	 * A ranked skill in plain words: how often it was tried and whether distress went
	 * down, up or stayed about the same, by about how much (the estimate, one decimal).
	 */
	record RankingRow(RankedSkill skill, String direction, double amount) {

		static RankingRow of(RankedSkill skill) {
			double estimate = skill.estimatedReduction();
			double amount = Math.round(Math.abs(estimate) * 10) / 10.0;
			String direction = (amount < 0.1) ? "same" : (estimate > 0) ? "down" : "up";
			return new RankingRow(skill, direction, amount);
		}

	}

}
