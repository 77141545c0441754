package org.between.accounts.web;

import org.between.accounts.CurrentUser;
import org.between.accounts.Sharing;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form of the "What my therapist sees" section of {@code /account} (shown by
 * {@code SharingAccountSection}).
 */
@Controller
class SharingPage {

	private final Sharing sharing;

	SharingPage(Sharing sharing) {
		this.sharing = sharing;
	}

	@PostMapping("/account/sharing")
	String change(@AuthenticationPrincipal CurrentUser me, @ModelAttribute SharingForm form,
			RedirectAttributes redirect) {
		this.sharing.change(me, form.toChoice());
		redirect.addFlashAttribute("sharingSaved", true);
		return "redirect:/account#sharing";
	}

}
