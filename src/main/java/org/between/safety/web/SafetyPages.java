package org.between.safety.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.safety.CrisisLines;
import org.between.safety.SafetyNet;
import org.between.safety.SafetyPlan;
import org.between.safety.SafetyPlans;
import org.between.shared.ConflictException;
import org.between.shared.InvalidInputException;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
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

	private final Clock clock;

	SafetyPages(SafetyPlans plans, SafetyNet safetyNet, CrisisLines crisisLines, ClientLinks links, Clock clock) {
		this.clock = clock;
		this.plans = plans;
		this.safetyNet = safetyNet;
		this.crisisLines = crisisLines;
		this.links = links;
	}

	/**
	 * The plan. With {@code X-Between-Offline: save} it is the copy "Keep my plan on this
	 * phone" keeps (static/js/offline.js), which says the day it was saved.
	 */
	@GetMapping("/safety")
	String plan(@AuthenticationPrincipal CurrentUser me,
			@RequestHeader(name = OfflineCopy.HEADER, required = false) String offlineCopy, Model model) {
		SafetyPlan plan = this.plans.current(me);
		OfflineCopy.mark(offlineCopy, this.clock, me.zone(), model);
		model.addAttribute("plan", plan);
		model.addAttribute("crisisLines", this.safetyNet.linesFor(me));
		model.addAttribute("skillLinks", this.plans.skillLinks(me, plan));
		model.addAttribute("proposals", this.plans.openProposals(me));
		model.addAttribute("reviewDue", this.plans.reviewDue(plan, me.zone()));
		return "safety/plan";
	}

	/**
	 * The safety screen. {@code response} is the questionnaire answer that led here
	 * (PHQ-9 item 9): when it is a well-formed id, the screen links to the person's
	 * result. {@code alerted}: the answer's therapist alert was sent (see
	 * {@code RiskAlerts}).
	 */
	@GetMapping("/safety/now")
	String now(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String response,
			@RequestParam(required = false) String alerted, Model model) {
		SafetyPlan plan = this.plans.current(me);
		// Said only when it is true: the address alone could be typed by anyone.
		model.addAttribute("therapistAlerted", "true".equals(alerted) && this.safetyNet.therapistAlerted(me));
		model.addAttribute("plan", plan);
		model.addAttribute("crisisLines", this.safetyNet.linesFor(me));
		model.addAttribute("skillLinks", this.plans.skillLinks(me, plan));
		uuid(response).ifPresent((id) -> model.addAttribute("answersHref", "/measures/responses/" + id));
		return "safety/now";
	}

	@PostMapping("/safety/proposals/{id}/accept")
	String accept(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.plans.accept(me, id);
			redirect.addFlashAttribute("accepted", true);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("answered", true);
		}
		return "redirect:/safety";
	}

	@PostMapping("/safety/proposals/{id}/decline")
	String decline(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.plans.decline(me, id);
			redirect.addFlashAttribute("declined", true);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("answered", true);
		}
		return "redirect:/safety";
	}

	@PostMapping("/safety/reviewed")
	String reviewed(@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		this.plans.markReviewed(me, null);
		redirect.addFlashAttribute("reviewed", true);
		return "redirect:/safety";
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
		// The facade checks the plan (SafetyPlanInput.problems); each problem goes on the
		// form, a contact's on its row as the form is shown again.
		try {
			if (!result.hasErrors()) {
				this.plans.save(me, form.toInput());
			}
		}
		catch (InvalidInputException ex) {
			form.padRows();
			ContactProblems.reject(result, ex, form);
		}
		if (result.hasErrors()) {
			form.padRows();
			return editPage(me, this.plans.current(me), model);
		}
		redirect.addFlashAttribute("saved", true);
		// Saved: the draft kept on the device (drafts.js) can go.
		redirect.addFlashAttribute("savedDraft", "safety-plan");
		return "redirect:/safety";
	}

	@GetMapping("/safety/versions")
	String versions(@AuthenticationPrincipal CurrentUser me, Model model) {
		// "Earlier versions": the current one is the plan page itself.
		List<SafetyPlan> all = this.plans.history(me);
		model.addAttribute("versions", all.isEmpty() ? all : all.subList(1, all.size()));
		return "safety/versions";
	}

	@GetMapping("/safety/versions/{version}")
	String version(@AuthenticationPrincipal CurrentUser me, @PathVariable int version, Model model) {
		SafetyPlan plan = this.plans.version(me, version);
		model.addAttribute("plan", plan);
		model.addAttribute("skillLinks", this.plans.skillLinks(me, plan));
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
		SafetyPlans.SharedPlan shared = this.plans.sharedWithProposals(me, clientId);
		model.addAttribute("plan", shared.plan());
		model.addAttribute("proposals", shared.proposals());
		return "safety/client-plan";
	}

	/** The therapist's form to propose changes, filled with the client's current plan. */
	@GetMapping("/clients/{clientId}/safety-plan/propose")
	String proposeForm(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId, Model model) {
		model.addAttribute("client", this.links.requireLinkedClient(me, clientId));
		model.addAttribute("form", SafetyPlanForm.of(this.plans.sharedWith(me, clientId)));
		return "safety/propose";
	}

	@PostMapping("/clients/{clientId}/safety-plan/proposals")
	String propose(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@ModelAttribute("form") SafetyPlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("client", this.links.requireLinkedClient(me, clientId));
		try {
			if (!result.hasErrors()) {
				this.plans.propose(me, clientId, form.toProposal());
			}
		}
		catch (InvalidInputException ex) {
			form.padRows();
			ContactProblems.reject(result, ex, form);
		}
		if (result.hasErrors()) {
			form.padRows();
			return "safety/propose";
		}
		redirect.addFlashAttribute("proposed", true);
		return "redirect:/clients/" + clientId + "/safety-plan";
	}

	@PostMapping("/clients/{clientId}/safety-plan/reviewed")
	String reviewedWith(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			RedirectAttributes redirect) {
		this.plans.markReviewedWith(me, clientId, null);
		redirect.addFlashAttribute("reviewed", true);
		return "redirect:/clients/" + clientId + "/safety-plan";
	}

	private static Optional<UUID> uuid(String text) {
		if (text == null
				|| !text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
			return Optional.empty();
		}
		return Optional.of(UUID.fromString(text));
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
