package org.between.data.web;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.between.accounts.CurrentUser;
import org.between.data.DataDeletion;
import org.between.data.DataExport;
import org.between.shared.ConflictException;
import org.between.shared.ForbiddenException;
import org.between.shared.NotFoundException;
import org.between.shared.TooManyAttemptsException;
import org.between.shared.UnauthorizedException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of "Your data": the download from {@code /account}, {@code /account/delete}
 * (what will happen and when, then the password) and the public {@code /restore}.
 */
@Controller
class DataPages {

	private final DataExport export;

	private final DataDeletion deletion;

	DataPages(DataExport export, DataDeletion deletion) {
		this.export = export;
		this.deletion = deletion;
	}

	@GetMapping("/account/export")
	void download(@AuthenticationPrincipal CurrentUser me, HttpServletResponse response) throws IOException {
		DataApi.zip(this.export, me, response);
	}

	@GetMapping("/account/delete")
	String deleteForm(@AuthenticationPrincipal CurrentUser me, Model model) {
		model.addAttribute("graceDays", this.deletion.grace().toDays());
		model.addAttribute("therapist", me.isTherapist());
		return "data/delete";
	}

	@PostMapping("/account/delete")
	String delete(@AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "") String password,
			HttpServletRequest request, Model model) throws ServletException {
		model.addAttribute("graceDays", this.deletion.grace().toDays());
		model.addAttribute("therapist", me.isTherapist());
		try {
			Instant eraseAfter = this.deletion.request(me, password, request.getRemoteAddr());
			request.logout();
			if (request.getSession(false) != null) {
				request.getSession(false).invalidate();
			}
			model.addAttribute("eraseAfter",
					DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
						.withLocale(me.locale())
						.format(eraseAfter.atZone(me.zone())));
			return "data/deleted";
		}
		catch (ForbiddenException ex) {
			model.addAttribute("passwordError", ex.messageKey());
		}
		catch (TooManyAttemptsException ex) {
			model.addAttribute("passwordError", "data.delete.tooMany");
		}
		catch (ConflictException ex) {
			model.addAttribute("conflict", ex.messageKey());
		}
		return "data/delete";
	}

	@GetMapping("/restore")
	String restoreForm() {
		return "data/restore";
	}

	@PostMapping("/restore")
	String restore(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
			HttpServletRequest request, Model model) {
		model.addAttribute("email", email);
		try {
			this.deletion.restore(email, password, request.getRemoteAddr());
			return "redirect:/login?restored";
		}
		catch (UnauthorizedException ex) {
			model.addAttribute("passwordError", "data.restore.wrong");
		}
		catch (TooManyAttemptsException ex) {
			model.addAttribute("passwordError", "data.delete.tooMany");
		}
		catch (NotFoundException ex) {
			model.addAttribute("nothing", true);
		}
		return "data/restore";
	}

}
