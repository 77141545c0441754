package org.between.shared.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A module's forms, as seen when one of them is posted but cannot be saved because the
 * sign-in has ended (the idle sign-out): where the form is, so that the person comes back
 * to it after signing in again (their draft fills it in), and whether what they answered
 * shows risk, so that they see crisis lines at once instead of a sign-in page.
 * <p>
 * Each module that owns such a form declares one bean; the sign-in (accounts) asks all of
 * them. The risk rule itself stays in the owning module, next to the rule that applies
 * when the form is saved.
 */
public interface UnsavedForms {

	/**
	 * Where a posted form that shows risk is forwarded to: the crisis lines with a way to
	 * sign in and save it (safety). The {@link UnsavedForm} is the request attribute
	 * {@link #ATTRIBUTE}.
	 */
	String CRISIS_SCREEN = "/crisis/unsaved";

	/** The request attribute holding the {@link UnsavedForm} on the crisis screen. */
	String ATTRIBUTE = UnsavedForms.class.getName() + ".form";

	/**
	 * The request attribute that is {@code true} when the person is still signed in (a
	 * page left open from an earlier sign-in), so the screen offers the form instead of
	 * signing in.
	 */
	String SIGNED_IN = UnsavedForms.class.getName() + ".signedIn";

	/**
	 * The request attribute set on a 403 for a form whose page was opened under an
	 * earlier sign-in (signed in again since, in another tab), for the error page's
	 * words.
	 */
	String STALE_FORM = UnsavedForms.class.getName() + ".stale";

	/**
	 * The parameter the drafts script adds to a form whose draft this device keeps;
	 * without it (no JavaScript, storage blocked) nothing typed is kept, and no page may
	 * say so.
	 */
	String DRAFT_KEPT = "draftKept";

	/** Whether the device that posted the form keeps a draft of it. */
	static boolean draftKept(HttpServletRequest request) {
		return "true".equals(request.getParameter(DRAFT_KEPT));
	}

	/** The request's path inside the application, without the context path. */
	static String path(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String context = request.getContextPath();
		return (context != null && !context.isEmpty() && uri.startsWith(context)) ? uri.substring(context.length())
				: uri;
	}

	/** The form this request posted, when it is one of this module's; empty otherwise. */
	Optional<UnsavedForm> recognise(HttpServletRequest request);

	/**
	 * A posted form that was not saved.
	 *
	 * @param page where the form is (a path of this application), to come back to
	 * @param riskReasons why the answers lead to the safety screen ({@code SafetyNet}'s
	 * reasons, e.g. {@code SUICIDAL_THOUGHTS}, {@code PHQ9_ITEM_9}); empty when none
	 */
	record UnsavedForm(String page, List<String> riskReasons) {

		public UnsavedForm {
			riskReasons = List.copyOf(riskReasons);
		}

		public boolean risk() {
			return !this.riskReasons.isEmpty();
		}

	}

}
