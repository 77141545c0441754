package org.between.accounts;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.between.shared.web.UnsavedForms;
import org.between.shared.web.UnsavedForms.UnsavedForm;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form posted when its sign-in has ended (30 minutes without activity, or 12 hours
 * after sign-in) arrives without a session, so its CSRF token no longer matches: that is
 * no attack and no reason for a 403 page. What was typed is kept on the device (the
 * drafts of {@code drafts.js}); here the person is told what happened and sent on:
 * <ul>
 * <li>answers that show risk (a check-in over a threshold, PHQ-9 item 9 — each module
 * says so through {@link UnsavedForms}) lead at once to the crisis lines, with "Sign in
 * to save this", without JavaScript;</li>
 * <li>anything else leads to the sign-in page with a kind word, and after signing in back
 * to the form.</li>
 * </ul>
 * A page left open from an earlier sign-in (signed in again meanwhile in another tab)
 * gets the same crisis screen for a risk answer, and otherwise an error page that says
 * so. Every other refusal is the usual 403.
 */
class SignedOutPosts implements AccessDeniedHandler {

	/** The sign-in page's notice after the idle sign-out. */
	static final String SIGN_IN_AGAIN = "/login?timedOut";

	private final ObjectProvider<UnsavedForms> forms;

	private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

	SignedOutPosts(ObjectProvider<UnsavedForms> forms) {
		this.forms = forms;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
			throws IOException, ServletException {
		if (!(refused instanceof CsrfException) || response.isCommitted()) {
			this.otherwise.handle(request, response, refused);
			return;
		}
		boolean signedIn = signedIn();
		Optional<UnsavedForm> form = recognise(request);
		if (form.isPresent() && form.get().risk()) {
			if (!signedIn) {
				ResumeAfterSignIn.remember(request, form.get().page());
			}
			request.setAttribute(UnsavedForms.ATTRIBUTE, form.get());
			request.setAttribute(UnsavedForms.SIGNED_IN, signedIn);
			request.getRequestDispatcher(UnsavedForms.CRISIS_SCREEN).forward(request, response);
			return;
		}
		if (signedIn) {
			request.setAttribute(UnsavedForms.STALE_FORM, Boolean.TRUE);
			this.otherwise.handle(request, response, refused);
			return;
		}
		String path = UnsavedForms.path(request);
		if (path.equals("/logout")) {
			// Signed out already: that is what was asked for.
			redirect(response, "/?signedOut");
			return;
		}
		if (path.equals("/login")) {
			// The sign-in page was open for a long time; its own session had ended.
			redirect(response, SIGN_IN_AGAIN);
			return;
		}
		form.ifPresent((f) -> ResumeAfterSignIn.remember(request, f.page()));
		boolean lost = form.isPresent() && !UnsavedForms.draftKept(request);
		redirect(response, lost ? SIGN_IN_AGAIN + "&notKept" : SIGN_IN_AGAIN);
	}

	private static void redirect(HttpServletResponse response, String location) throws IOException {
		response.sendRedirect(location);
	}

	private Optional<UnsavedForm> recognise(HttpServletRequest request) {
		List<UnsavedForms> all = this.forms.orderedStream().toList();
		for (UnsavedForms owner : all) {
			Optional<UnsavedForm> form = owner.recognise(request);
			if (form.isPresent()) {
				return form;
			}
		}
		return Optional.empty();
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
