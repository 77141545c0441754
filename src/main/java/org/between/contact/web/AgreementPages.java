package org.between.contact.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.contact.AgreementOverview;
import org.between.contact.ContactAgreement;
import org.between.contact.ContactAgreements;
import org.between.contact.ContactCategory;
import org.between.shared.ConflictException;
import org.between.shared.InvalidInputException;
import org.between.shared.web.FormProblems;
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
 * {@code /clients/{id}/agreement} (the therapist: the agreement in force, the open
 * proposal, the form to propose a new one, the history, the risk e-mails sent) and
 * {@code /agreement} (the client: the same, with "Accept" and "Let's talk about it").
 * Plain forms, Post/Redirect/Get.
 */
@Controller
class AgreementPages {

	/** How far back the therapist's page lists the risk e-mails sent. */
	static final int ALERT_DAYS = 30;

	private final ContactAgreements agreements;

	private final ClientLinks links;

	private final AgreementWords words;

	private final Clock clock;

	AgreementPages(ContactAgreements agreements, ClientLinks links, AgreementWords words, Clock clock) {
		this.agreements = agreements;
		this.links = links;
		this.words = words;
		this.clock = clock;
	}

	@GetMapping("/clients/{clientId}/agreement")
	String therapist(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId, Model model) {
		AgreementOverview overview = this.agreements.forTherapist(me, clientId);
		model.addAttribute("form", AgreementForm.of(overview.active(), today(me)));
		return therapistPage(me, clientId, overview, model);
	}

	@PostMapping("/clients/{clientId}/agreement")
	String propose(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@ModelAttribute("form") AgreementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			this.agreements.propose(me, clientId, form.toInput());
			redirect.addFlashAttribute("proposalSent", true);
			return "redirect:/clients/" + clientId + "/agreement";
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(result, ex, AgreementForm.RENAMES);
		}
		model.addAttribute("formOpen", true);
		return therapistPage(me, clientId, this.agreements.forTherapist(me, clientId), model);
	}

	@GetMapping("/agreement")
	String client(@AuthenticationPrincipal CurrentUser me, Model model) {
		if (me.isTherapist()) {
			return "redirect:/clients";
		}
		AgreementOverview overview = this.agreements.forClient(me);
		model.addAttribute("therapist", this.links.therapistOf(me).orElse(null));
		model.addAttribute("active", line(overview.active(), me));
		model.addAttribute("proposed", line(overview.proposed(), me));
		model.addAttribute("history", this.words.lines(overview.history(), me.zone()));
		model.addAttribute("readingHours",
				(overview.proposed() != null) ? this.words.hours(overview.proposed().readingHours()) : null);
		return "contact/client";
	}

	@PostMapping("/agreement/{id}/accept")
	String accept(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.agreements.accept(me, id);
			redirect.addFlashAttribute("accepted", true);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("notOpen", true);
		}
		return "redirect:/agreement";
	}

	@PostMapping("/agreement/{id}/discuss")
	String discuss(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.agreements.discuss(me, id);
			redirect.addFlashAttribute("discussed", true);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("notOpen", true);
		}
		return "redirect:/agreement";
	}

	private String therapistPage(CurrentUser me, UUID clientId, AgreementOverview overview, Model model) {
		model.addAttribute("client", this.links.requireLinkedClient(me, clientId));
		model.addAttribute("active", line(overview.active(), me));
		model.addAttribute("proposed", line(overview.proposed(), me));
		model.addAttribute("history", this.words.lines(overview.history(), me.zone()));
		model.addAttribute("alerts",
				this.agreements.alertsSent(me, clientId, ALERT_DAYS)
					.stream()
					.map((at) -> this.words.moment(at, me.zone()))
					.toList());
		model.addAttribute("categories", ContactCategory.values());
		model.addAttribute("weekdays", this.words.weekdays());
		return "contact/therapist";
	}

	private AgreementLine line(ContactAgreement agreement, CurrentUser me) {
		return (agreement != null) ? this.words.line(agreement, me.zone()) : null;
	}

	private LocalDate today(CurrentUser me) {
		return LocalDate.ofInstant(this.clock.instant(), me.zone());
	}

}
