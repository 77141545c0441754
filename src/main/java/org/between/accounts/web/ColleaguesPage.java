package org.between.accounts.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.ClientLinks.ColleagueView;
import org.between.accounts.ClientLinks.NewInvitation;
import org.between.accounts.CurrentUser;
import org.between.accounts.PublicLinks;
import org.between.shared.NotFoundException;
import org.between.shared.TooManyAttemptsException;
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
 * {@code /colleagues}: the therapists who may cover for this one, a code to invite
 * another, and the form (and link) to accept a colleague's code.
 */
@Controller
class ColleaguesPage {

	private final ClientLinks links;

	private final Accounts accounts;

	private final PublicLinks publicLinks;

	ColleaguesPage(ClientLinks links, Accounts accounts, PublicLinks publicLinks) {
		this.links = links;
		this.accounts = accounts;
		this.publicLinks = publicLinks;
	}

	@GetMapping("/colleagues")
	String colleagues(@AuthenticationPrincipal CurrentUser me, Model model) {
		if (this.accounts.mustEnrolSecondFactor(me)) {
			return "redirect:/account#totp";
		}
		model.addAttribute("colleagues", this.links.colleagues(me));
		if (!model.containsAttribute("joinForm")) {
			model.addAttribute("joinForm", new CodeForm(""));
		}
		if (model.getAttribute("invitation") instanceof NewInvitation invitation) {
			model.addAttribute("joinLink", this.publicLinks.to("/colleagues/join/" + invitation.code()));
		}
		return "accounts/colleagues";
	}

	@PostMapping("/colleagues/invitations")
	String invite(@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		redirect.addFlashAttribute("invitation", this.links.inviteColleague(me));
		return "redirect:/colleagues#invite";
	}

	/** The link a colleague sends: the code is filled in, the therapist only confirms. */
	@GetMapping("/colleagues/join/{code}")
	String join(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, Model model) {
		model.addAttribute("joinForm", new CodeForm(code));
		return joinPage(me, model);
	}

	@PostMapping("/colleagues/join")
	String accept(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("joinForm") CodeForm form,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (result.hasErrors() || !me.isTherapist() || this.accounts.mustEnrolSecondFactor(me)) {
			return joinPage(me, model);
		}
		try {
			ColleagueView colleague = this.links.acceptColleague(me, form.code(), request.getRemoteAddr());
			redirect.addFlashAttribute("joined", colleague.displayName());
			return "redirect:/colleagues";
		}
		catch (NotFoundException ex) {
			result.rejectValue("code", "colleagues.join.unknown");
		}
		catch (TooManyAttemptsException ex) {
			result.rejectValue("code", "login.locked");
		}
		return joinPage(me, model);
	}

	@PostMapping("/colleagues/{colleagueId}/remove")
	String remove(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID colleagueId,
			RedirectAttributes redirect) {
		String name = this.links.colleague(me, colleagueId)
			.map(ColleagueView::displayName)
			.orElseThrow(NotFoundException::new);
		this.links.removeColleague(me, colleagueId);
		redirect.addFlashAttribute("removed", name);
		return "redirect:/colleagues";
	}

	private String joinPage(CurrentUser me, Model model) {
		model.addAttribute("forTherapists", me.isTherapist());
		model.addAttribute("mustEnrol", this.accounts.mustEnrolSecondFactor(me));
		return "accounts/colleague-join";
	}

}
