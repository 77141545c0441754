package org.between.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.between.accounts.ClientLinks;
import org.between.accounts.ClientLinks.InvitationRequest;
import org.between.accounts.CurrentUser;
import org.between.accounts.SharingChoice;
import org.between.shared.ConflictException;
import org.between.shared.ForbiddenException;
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

/** Creating an invitation (therapist, from the home page) and accepting one (client). */
@Controller
class InvitationPages {

	private final ClientLinks links;

	InvitationPages(ClientLinks links) {
		this.links = links;
	}

	@PostMapping("/invitations")
	String invite(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("invitationForm") InvitationForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("org.springframework.validation.BindingResult.invitationForm", result);
			redirect.addFlashAttribute("invitationForm", form);
			return "redirect:/#invite";
		}
		redirect.addFlashAttribute("invitation", this.links.invite(me, new InvitationRequest(form.email())));
		return "redirect:/#invite";
	}

	/**
	 * The link in the invitation e-mail: the code is filled in, the client only confirms.
	 */
	@GetMapping("/invitations/{code}")
	String invitation(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, Model model) {
		model.addAttribute("acceptForm", new AcceptForm(code));
		model.addAttribute("forClients", me.isClient());
		model.addAttribute("choice", SharingChoice.NOTHING);
		return "accounts/invitation";
	}

	@PostMapping("/invitations/accept")
	String accept(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("acceptForm") AcceptForm form,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		model.addAttribute("forClients", me.isClient());
		model.addAttribute("choice", form.choice());
		if (result.hasErrors()) {
			return "accounts/invitation";
		}
		try {
			var therapist = this.links.accept(me, form.code(), request.getRemoteAddr(), form.choice());
			redirect.addFlashAttribute("linkedWith", therapist.displayName());
			return "redirect:/";
		}
		catch (NotFoundException ex) {
			result.rejectValue("code", "account.invitation.unknown");
		}
		catch (ConflictException ex) {
			result.rejectValue("code", "account.invitation.alreadyLinked");
		}
		catch (TooManyAttemptsException ex) {
			result.rejectValue("code", "login.locked");
		}
		catch (ForbiddenException ex) {
			result.rejectValue("code", "invitation.therapistOnly");
		}
		return "accounts/invitation";
	}

}
