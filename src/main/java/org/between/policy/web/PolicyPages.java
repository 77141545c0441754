package org.between.policy.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.policy.ClientFees;
import org.between.policy.Policies;
import org.between.policy.PolicyAcknowledgements;
import org.between.policy.PolicyNoticeException;
import org.between.policy.PolicyOverview;
import org.between.shared.InvalidInputException;
import org.between.shared.NotFoundException;
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
 * {@code /frame} (therapists: the policy, publishing a version, who acknowledged what, a
 * fee per client) and {@code /policy} (clients: the policy in plain words, what changes,
 * "I have read this"). Plain forms, Post/Redirect/Get.
 */
@Controller
class PolicyPages {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private final Policies policies;

	private final ClientFees fees;

	private final PolicyAcknowledgements acknowledgements;

	private final ClientLinks links;

	private final Clock clock;

	PolicyPages(Policies policies, ClientFees fees, PolicyAcknowledgements acknowledgements, ClientLinks links,
			Clock clock) {
		this.policies = policies;
		this.fees = fees;
		this.acknowledgements = acknowledgements;
		this.links = links;
		this.clock = clock;
	}

	@GetMapping("/frame")
	String frame(@AuthenticationPrincipal CurrentUser me, Model model) {
		if (!me.isTherapist()) {
			return "redirect:/policy";
		}
		PolicyOverview overview = this.policies.overview(me);
		model.addAttribute("form", PolicyForm.of(overview.current()));
		return frame(me, overview, model);
	}

	@PostMapping("/frame")
	String publish(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") PolicyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			var published = this.policies.publish(me, form.toInput());
			redirect.addFlashAttribute("published", published);
			redirect.addFlashAttribute("publishedLater", published.effectiveAt().isAfter(this.clock.instant()));
			return "redirect:/frame";
		}
		catch (InvalidInputException ex) {
			ex.problems().forEach((p) -> result.rejectValue(p.field(), p.messageKey()));
		}
		catch (PolicyNoticeException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), new Object[] { DAY.format(ex.earliest()), ex.noticeDays() },
					null);
			model.addAttribute("earliest", ex.earliest());
		}
		return frame(me, this.policies.overview(me), model);
	}

	@GetMapping("/frame/clients/{clientId}")
	String client(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId, Model model) {
		model.addAttribute("form", new FeeForm());
		return clientPage(me, clientId, model);
	}

	@PostMapping("/frame/clients/{clientId}/fee")
	String fee(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@ModelAttribute("form") FeeForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		this.links.requireLinkedClient(me, clientId);
		try {
			redirect.addFlashAttribute("feeSet", this.fees.set(me, clientId, form.toInput()));
			return "redirect:/frame/clients/" + clientId;
		}
		catch (InvalidInputException ex) {
			ex.problems().forEach((p) -> result.rejectValue(p.field(), p.messageKey()));
		}
		catch (PolicyNoticeException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), new Object[] { DAY.format(ex.earliest()), ex.noticeDays() },
					null);
		}
		return clientPage(me, clientId, model);
	}

	@GetMapping("/policy")
	String policy(@AuthenticationPrincipal CurrentUser me, Model model) {
		if (me.isTherapist()) {
			return "redirect:/frame";
		}
		try {
			model.addAttribute("overview", this.policies.overview(me));
		}
		catch (NotFoundException notLinked) {
			model.addAttribute("overview", null);
		}
		return "policy/policy";
	}

	@PostMapping("/policy/{version}/acknowledge")
	String acknowledge(@AuthenticationPrincipal CurrentUser me, @PathVariable int version,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("acknowledged", this.acknowledgements.acknowledge(me, version).acknowledgement());
		return "redirect:/policy";
	}

	private String frame(CurrentUser me, PolicyOverview overview, Model model) {
		model.addAttribute("overview", overview);
		model.addAttribute("clients", this.policies.clients(me));
		model.addAttribute("noticeDays", this.policies.noticeDays());
		model.addAttribute("earliestWithNotice", this.policies.earliestWithNotice(me));
		return "policy/practice";
	}

	private String clientPage(CurrentUser me, UUID clientId, Model model) {
		model.addAttribute("frame", this.policies.clientFrame(me, clientId));
		model.addAttribute("noticeDays", this.policies.noticeDays());
		model.addAttribute("earliestWithNotice", this.policies.earliestWithNotice(me));
		return "policy/client";
	}

}
