package org.between.safety.web;

import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.safety.CrisisLines;
import org.between.safety.SafetyNet;
import org.between.safety.SafetyPlan;
import org.between.safety.SafetyPlanInput;
import org.between.safety.SafetyPlans;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /safety} (the plan, to read in a hard moment), {@code /safety/edit},
 * {@code /safety/versions}, the PDF, {@code /safety/now} (the safety screen every risk
 * path leads to) and the therapist's view of a shared plan. All plain HTML; none needs
 * JavaScript.
 */
@Controller
class SafetyPages {

	private final SafetyPlans plans;

	private final SafetyNet safetyNet;

	private final CrisisLines crisisLines;

	private final ClientLinks links;

	private final Validator validator;

	SafetyPages(SafetyPlans plans, SafetyNet safetyNet, CrisisLines crisisLines, ClientLinks links,
			Validator validator) {
		this.plans = plans;
		this.safetyNet = safetyNet;
		this.crisisLines = crisisLines;
		this.links = links;
		this.validator = validator;
	}

	@GetMapping("/safety")
	String plan(@AuthenticationPrincipal CurrentUser me, Model model) {
		model.addAttribute("plan", this.plans.current(me));
		model.addAttribute("crisisLines", this.safetyNet.linesFor(me));
		return "safety/plan";
	}

	@GetMapping("/safety/now")
	String now(@AuthenticationPrincipal CurrentUser me, Model model) {
		model.addAttribute("plan", this.plans.current(me));
		model.addAttribute("crisisLines", this.safetyNet.linesFor(me));
		return "safety/now";
	}

	@GetMapping("/safety/edit")
	String edit(@AuthenticationPrincipal CurrentUser me, Model model) {
		SafetyPlan plan = this.plans.current(me);
		model.addAttribute("form", SafetyPlanForm.of(plan));
		return editPage(me, plan, model);
	}

	@PostMapping("/safety")
	String save(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") SafetyPlanForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.checkRows(result);
		SafetyPlanInput input = form.toInput();
		for (ConstraintViolation<SafetyPlanInput> violation : this.validator.validate(input)) {
			String step = violation.getPropertyPath().iterator().next().getName();
			if (!result.hasFieldErrors(step)) {
				result.rejectValue(step, "safety.step.tooLong");
			}
		}
		if (result.hasErrors()) {
			form.padRows();
			return editPage(me, this.plans.current(me), model);
		}
		this.plans.save(me, input);
		redirect.addFlashAttribute("saved", true);
		// Saved: the draft kept on the device (drafts.js) can go.
		redirect.addFlashAttribute("savedDraft", "safety-plan");
		return "redirect:/safety";
	}

	@GetMapping("/safety/versions")
	String versions(@AuthenticationPrincipal CurrentUser me, Model model) {
		model.addAttribute("versions", this.plans.history(me));
		return "safety/versions";
	}

	@GetMapping("/safety/versions/{version}")
	String version(@AuthenticationPrincipal CurrentUser me, @PathVariable int version, Model model) {
		model.addAttribute("plan", this.plans.version(me, version));
		model.addAttribute("past", true);
		model.addAttribute("crisisLines", this.safetyNet.linesFor(me));
		return "safety/plan";
	}

	@GetMapping("/safety/plan.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser me) {
		return pdfResponse(this.plans.pdf(me));
	}

	/**
	 * The therapist's read-only view of a plan the client shares; each view is logged.
	 */
	@GetMapping("/clients/{clientId}/safety-plan")
	String shared(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId, Model model) {
		model.addAttribute("client", this.links.requireLinkedClient(me, clientId));
		model.addAttribute("plan", this.plans.sharedWith(me, clientId));
		return "safety/client-plan";
	}

	private String editPage(CurrentUser me, SafetyPlan plan, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("crisisLines", this.safetyNet.linesFor(me));
		model.addAttribute("countries", this.crisisLines.countries());
		return "safety/edit";
	}

	static ResponseEntity<byte[]> pdfResponse(byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("safety-plan.pdf").build().toString())
			.body(pdf);
	}

}
