package org.between.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.between.accounts.SecurityConfiguration.PendingSecondFactor;
import org.between.shared.TooManyAttemptsException;
import org.between.shared.UnauthorizedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /login/second-factor}: the code step after a right password. It lives next to
 * the security configuration because it finishes what the sign-in form started.
 */
@Controller
class SecondFactorStep {

	private final SignIn signIn;

	private final SignedInSession session;

	private final java.time.Clock clock;

	SecondFactorStep(SignIn signIn, SignedInSession session, java.time.Clock clock) {
		this.signIn = signIn;
		this.session = session;
		this.clock = clock;
	}

	@GetMapping("/login/second-factor")
	String form(HttpServletRequest request) {
		return (pending(request) == null) ? "redirect:/login?expired" : "accounts/second-factor";
	}

	@PostMapping("/login/second-factor")
	String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		PendingSecondFactor pending = pending(request);
		if (pending == null) {
			return "redirect:/login?expired";
		}
		try {
			CurrentUser user = this.signIn.checkSecondFactor(pending.userId(), code, request.getRemoteAddr());
			request.getSession().removeAttribute(SecurityConfiguration.PENDING_SECOND_FACTOR);
			this.session.signIn(user, request, response);
			return "redirect:" + ResumeAfterSignIn.take(request);
		}
		catch (UnauthorizedException ex) {
			model.addAttribute("wrongCode", true);
			return "accounts/second-factor";
		}
		catch (TooManyAttemptsException ex) {
			request.getSession().removeAttribute(SecurityConfiguration.PENDING_SECOND_FACTOR);
			return "redirect:/login?locked";
		}
	}

	private PendingSecondFactor pending(HttpServletRequest request) {
		HttpSession httpSession = request.getSession(false);
		if (httpSession == null) {
			return null;
		}
		Object pending = httpSession.getAttribute(SecurityConfiguration.PENDING_SECOND_FACTOR);
		if (pending instanceof PendingSecondFactor p && p.until().isAfter(this.clock.instant())) {
			return p;
		}
		return null;
	}

}
