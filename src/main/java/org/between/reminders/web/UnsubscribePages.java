package org.between.reminders.web;

import org.between.reminders.ReminderType;
import org.between.reminders.Reminders;
import org.between.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /notifications/unsubscribe/{token}}, the link in every reminder and in its
 * {@code List-Unsubscribe} header; public, the token is the key. {@code GET} only asks
 * (mail scanners and link previews open links, and must not turn anything off);
 * {@code POST} — the page's button, or a mail program's RFC 8058 one-click request
 * ({@code List-Unsubscribe=One-Click}, without cookies or a CSRF token, which
 * {@code SecurityConfiguration} lets through for this path) — turns the type off.
 */
@Controller
@RequestMapping("/notifications/unsubscribe/{token}")
class UnsubscribePages {

	private final Reminders reminders;

	UnsubscribePages(Reminders reminders) {
		this.reminders = reminders;
	}

	@GetMapping
	String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("type", this.reminders.unsubscribeTarget(token).key());
			model.addAttribute("token", token);
			return "reminders/unsubscribe";
		}
		catch (NotFoundException ex) {
			return unknown(response);
		}
	}

	@PostMapping
	String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			ReminderType type = this.reminders.unsubscribe(token);
			model.addAttribute("type", type.key());
			return "reminders/unsubscribed";
		}
		catch (NotFoundException ex) {
			return unknown(response);
		}
	}

	/** A kind page, with a 404: no hint whether the link ever existed. */
	private static String unknown(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "reminders/unknown-link";
	}

}
