package org.between.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.between.accounts.ClientLinks;
import org.between.accounts.ClientLinks.InvitationRequest;
import org.between.accounts.CurrentUser;
import org.between.accounts.SharingChoice;
import org.between.shared.ConflictException;
import org.between.shared.ForbiddenException;
import org.between.shared.InvalidInputException;
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
 * Invitations: a therapist creates, revokes and resends them on {@code /clients}; a
 * client sees who invited them and the frame they agree to by linking (the policy in
 * force and what their therapist will see), then accepts.
 */
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
			return "redirect:/clients#invite";
		}
		redirect.addFlashAttribute("invitation", this.links.invite(me, new InvitationRequest(form.email())));
		return "redirect:/clients#invite";
	}

	/** Withdraws an open invitation (its id from the list on {@code /clients}). */
	@PostMapping("/invitations/{id}/revoke")
	String revoke(@AuthenticationPrincipal CurrentUser me, @PathVariable String id, RedirectAttributes redirect) {
		this.links.revokeInvitation(me, id);
		redirect.addFlashAttribute("invitationRevoked", true);
		return "redirect:/clients#invitations";
	}

	/** A new code replaces an open invitation, e-mailed again when it had an address. */
	@PostMapping("/invitations/{id}/resend")
	String resend(@AuthenticationPrincipal CurrentUser me, @PathVariable String id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("invitation", this.links.resendInvitation(me, id));
		return "redirect:/clients#invite";
	}

	/**
	 * The link in the invitation e-mail (or shared by the therapist): who invited the
	 * client and what linking means, the code filled in.
	 */
	@GetMapping("/invitations/{code}")
	String invitation(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, HttpServletRequest request,
			Model model) {
		AcceptForm form = new AcceptForm(code);
		model.addAttribute("acceptForm", form);
		BindingResult result = new org.springframework.validation.BeanPropertyBindingResult(form, "acceptForm");
		return review(me, form, result, request, model);
	}

	/**
	 * The code typed on the client's home: the same consent step as the link, before
	 * anything is linked.
	 */
	@PostMapping("/invitations/review")
	String review(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("acceptForm") AcceptForm form,
			BindingResult result, HttpServletRequest request, Model model) {
		model.addAttribute("forClients", me.isClient());
		model.addAttribute("choice", form.choice());
		if (!me.isClient() || result.hasErrors()) {
			return "accounts/invitation";
		}
		try {
			model.addAttribute("preview", this.links.preview(me, form.code(), request.getRemoteAddr()));
		}
		catch (RuntimeException ex) {
			reject(ex, result);
		}
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
			var therapist = this.links.accept(me, form.code(), request.getRemoteAddr(), form.choice(),
					form.policyVersion());
			redirect.addFlashAttribute("linkedWith", therapist.displayName());
			return "redirect:/";
		}
		catch (RuntimeException ex) {
			reject(ex, result);
		}
		return "accounts/invitation";
	}

	private static void reject(RuntimeException ex, BindingResult result) {
		if (ex instanceof NotFoundException || ex instanceof InvalidInputException) {
			result.rejectValue("code", "account.invitation.unknown");
		}
		else if (ex instanceof ConflictException) {
			result.rejectValue("code", "account.invitation.alreadyLinked");
		}
		else if (ex instanceof TooManyAttemptsException) {
			result.rejectValue("code", "login.locked");
		}
		else if (ex instanceof ForbiddenException) {
			result.rejectValue("code", "invitation.therapistOnly");
		}
		else {
			throw ex;
		}
	}

}
