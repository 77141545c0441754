package org.between.absences.web;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.between.absences.Absence;
import org.between.absences.Absences;
import org.between.absences.BreakPlan;
import org.between.absences.BreakPlans;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.shared.InvalidInputException;
import org.between.shared.web.FormProblems;
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
 * The break plan in pages. {@code /absences/{id}/plan} (clients): the days and the cover,
 * the therapist's note, skills from the toolbox with their ranking, people, the client's
 * note and the two sharing choices in plain words; a plain form, Post/Redirect/Get.
 * {@code /absences/{id}/plans} (therapists): per linked client a note to write and the
 * plan where the client shares it.
 */
@Controller
class BreakPlanPages {

	/** Every problem with one of the picked skills goes on the list of skills. */
	private static final UnaryOperator<String> SKILLS = (field) -> field.startsWith("skills[") ? "skills" : field;

	private final BreakPlans plans;

	private final Absences absences;

	private final Toolbox toolbox;

	private final ClientLinks links;

	BreakPlanPages(BreakPlans plans, Absences absences, Toolbox toolbox, ClientLinks links) {
		this.plans = plans;
		this.absences = absences;
		this.toolbox = toolbox;
		this.links = links;
	}

	@GetMapping("/absences/{absenceId}/plan")
	String plan(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID absenceId, Model model) {
		if (me.isTherapist()) {
			return "redirect:/absences/" + absenceId + "/plans";
		}
		BreakPlan plan = this.plans.plan(me, absenceId);
		model.addAttribute("form", PlanForm.of(plan));
		return render(me, absenceId, plan, model);
	}

	@PostMapping("/absences/{absenceId}/plan")
	String save(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID absenceId,
			@ModelAttribute("form") PlanForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			this.plans.save(me, absenceId, form.toInput());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/absences/" + absenceId + "/plan";
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(result, ex, SKILLS);
		}
		form.withEmptyRows();
		return render(me, absenceId, this.plans.plan(me, absenceId), model);
	}

	@GetMapping("/absences/{absenceId}/plans")
	String clients(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID absenceId, Model model) {
		me.requireTherapist();
		Absence absence = this.absences.get(me, absenceId);
		model.addAttribute("absence", absence);
		model.addAttribute("days", days(absence, DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", me.locale())));
		model.addAttribute("clients", this.plans.forTherapist(me, absenceId));
		return "absences/plans";
	}

	@PostMapping("/absences/{absenceId}/plans/{clientId}/note")
	String note(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID absenceId, @PathVariable UUID clientId,
			@RequestParam(name = "note", required = false) String note, RedirectAttributes redirect) {
		try {
			this.plans.writeNote(me, absenceId, clientId, note);
			redirect.addFlashAttribute("noted", clientId);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("noteProblem",
					Map.of("clientId", clientId, "note", note, "messageKey", ex.problems().get(0).messageKey()));
		}
		return "redirect:/absences/" + absenceId + "/plans#client-" + clientId;
	}

	private String render(CurrentUser me, UUID absenceId, BreakPlan plan, Model model) {
		Absence absence = this.absences.get(me, absenceId);
		model.addAttribute("absence", absence);
		model.addAttribute("plan", plan);
		model.addAttribute("days", days(absence, DateTimeFormatter.ofPattern("EEEE d MMMM", me.locale())));
		model.addAttribute("shortDays", days(absence, DateTimeFormatter.ofPattern("d MMMM", me.locale())));
		model.addAttribute("therapistName", this.links.therapistOf(me).map((t) -> t.displayName()).orElse(""));
		model.addAttribute("skills", this.toolbox.ranking(me, null).stream().map(SkillChoice::of).toList());
		return "absences/plan";
	}

	private static Map<String, String> days(Absence absence, DateTimeFormatter format) {
		return Map.of("from", format.format(absence.startDate()), "to", format.format(absence.endDate()));
	}

}
