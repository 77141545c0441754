package org.between.endings.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.endings.EndingNoticeException;
import org.between.endings.Endings;
import org.between.endings.ReferralChange;
import org.between.endings.ReferralStatus;
import org.between.endings.Referrals;
import org.between.shared.ConflictException;
import org.between.shared.InvalidInputException;
import org.between.shared.RuleViolationException;
import org.between.shared.web.FormProblems;
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
 * {@code /ending} (clients): the ending, the sessions left, why it is sooner when it is,
 * the referrals with their status, asking to talk about it, the portfolio.
 * {@code /clients/{id}/ending} (therapists): proposing an ending, the referrals. Plain
 * forms, Post/Redirect/Get.
 */
@Controller
class EndingPages {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

	private final Endings endings;

	private final Referrals referrals;

	private final ClientLinks links;

	private final Accounts accounts;

	private final Clock clock;

	EndingPages(Endings endings, Referrals referrals, ClientLinks links, Accounts accounts, Clock clock) {
		this.endings = endings;
		this.referrals = referrals;
		this.links = links;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/ending")
	String client(@AuthenticationPrincipal CurrentUser me, Model model) {
		if (!me.isClient()) {
			return "redirect:/";
		}
		var ending = this.endings.forClient(me);
		model.addAttribute("ending", ending.orElse(null));
		model.addAttribute("therapistName",
				ending.flatMap((e) -> this.accounts.displayName(e.therapistId())).orElse(""));
		model.addAttribute("referrals", this.referrals.own(me));
		model.addAttribute("noticeDays", this.endings.noticeDays());
		model.addAttribute("noticeSessions", this.endings.noticeSessions());
		model.addAttribute("statuses", ReferralStatus.values());
		return "endings/ending";
	}

	@PostMapping("/ending/discuss")
	String discuss(@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		this.endings.discuss(me);
		redirect.addFlashAttribute("done", "endings.discuss.done");
		return "redirect:/ending";
	}

	@PostMapping("/ending/referrals/{referralId}")
	String clientReferral(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID referralId,
			@RequestParam(required = false) String status, @RequestParam(required = false) String keepVisible,
			RedirectAttributes redirect) {
		update(me, referralId, status, keepVisible, redirect);
		return "redirect:/ending";
	}

	/**
	 * {@code /referrals} (therapists): the referrals of clients still linked, and where
	 * former clients' referrals stand when they let the therapist see it (both reads in
	 * the clients' access logs).
	 */
	@GetMapping("/referrals")
	String referrals(@AuthenticationPrincipal CurrentUser me, Model model) {
		if (!me.isTherapist()) {
			return "redirect:/ending";
		}
		if (this.accounts.mustEnrolSecondFactor(me)) {
			return "redirect:/account#totp";
		}
		var names = new java.util.HashMap<UUID, String>();
		this.links.clients(me).forEach((c) -> names.put(c.id(), c.displayName()));
		model.addAttribute("names", names);
		model.addAttribute("current", this.referrals.forTherapist(me));
		model.addAttribute("former", this.referrals.former(me));
		return "endings/referrals";
	}

	@GetMapping("/clients/{clientId}/ending")
	String therapist(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId, Model model) {
		if (this.accounts.mustEnrolSecondFactor(me)) {
			return "redirect:/account#totp";
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new EndingForm());
		}
		return render(me, clientId, model);
	}

	@PostMapping("/clients/{clientId}/ending")
	String propose(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@ModelAttribute("form") EndingForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			this.endings.propose(me, clientId, form.toRequest());
			redirect.addFlashAttribute("done", "endings.proposed");
			return "redirect:/clients/" + clientId + "/ending";
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(result, ex,
					Map.of("taper.everyWeeks", "taperEveryWeeks", "taper.from", "taperFrom", "referrals[0].name",
							"referralName", "referrals[0].contact", "referralContact", "referrals[0].note",
							"referralNote"));
		}
		catch (EndingNoticeException ex) {
			result.rejectValue("lastSessionDate", ex.messageKey(),
					new Object[] { DAY.withLocale(me.locale()).format(ex.earliest()), this.endings.noticeDays(),
							this.endings.noticeSessions() },
					null);
		}
		catch (RuleViolationException ex) {
			String field = switch (String.valueOf(ex.field())) {
				case "taper" -> "taperEveryWeeks";
				case "referrals" -> "referralName";
				default -> "lastSessionDate";
			};
			result.rejectValue(field, ex.messageKey(), ex.args(), null);
		}
		catch (ConflictException ex) {
			result.reject(ex.messageKey());
		}
		return render(me, clientId, model);
	}

	@PostMapping("/clients/{clientId}/referrals")
	String suggest(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@ModelAttribute("referralForm") ReferralForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			this.referrals.suggest(me, clientId, form.toRequest());
			redirect.addFlashAttribute("done", "endings.referral.added");
			return "redirect:/clients/" + clientId + "/ending";
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(result, ex);
		}
		model.addAttribute("form", new EndingForm());
		return render(me, clientId, model);
	}

	@PostMapping("/clients/{clientId}/referrals/{referralId}")
	String therapistReferral(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@PathVariable UUID referralId, @RequestParam(required = false) String status, RedirectAttributes redirect) {
		this.links.requireLinkedClient(me, clientId);
		update(me, referralId, status, null, redirect);
		return "redirect:/clients/" + clientId + "/ending";
	}

	private void update(CurrentUser me, UUID referralId, String status, String keepVisible,
			RedirectAttributes redirect) {
		ReferralStatus next = null;
		if (status != null && !status.isBlank()) {
			try {
				next = ReferralStatus.valueOf(status.strip());
			}
			catch (IllegalArgumentException ex) {
				redirect.addFlashAttribute("problem", "endings.referral.status.unknown");
				return;
			}
		}
		Boolean keep = (keepVisible == null || keepVisible.isBlank()) ? null : Boolean.valueOf(keepVisible.strip());
		try {
			this.referrals.update(me, referralId, new ReferralChange(next, keep));
			redirect.addFlashAttribute("done", "endings.referral.updated");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.problems().get(0).messageKey());
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
	}

	private String render(CurrentUser me, UUID clientId, Model model) {
		model.addAttribute("client", this.links.requireLinkedClient(me, clientId));
		model.addAttribute("ending", this.endings.ofClient(me, clientId).orElse(null));
		model.addAttribute("referrals", this.referrals.ofClient(me, clientId));
		if (!model.containsAttribute("referralForm")) {
			model.addAttribute("referralForm", new ReferralForm());
		}
		LocalDate today = LocalDate.now(this.clock.withZone(me.zone()));
		model.addAttribute("noticeDays", this.endings.noticeDays());
		model.addAttribute("noticeSessions", this.endings.noticeSessions());
		model.addAttribute("earliestByDays",
				DAY.withLocale(me.locale()).format(today.plusDays(this.endings.noticeDays())));
		model.addAttribute("statuses", ReferralStatus.values());
		return "endings/therapist";
	}

}
