package org.between.accounts.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.between.accounts.AccountSection;
import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.EmailChanges;
import org.between.accounts.SignIn;
import org.between.accounts.SignedInSession;
import org.between.shared.ConflictException;
import org.between.shared.Countries;
import org.between.shared.ForbiddenException;
import org.between.shared.InvalidInputException;
import org.between.shared.web.FormProblems;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account}: profile, two-factor sign-in, the sections other modules add (see
 * {@link AccountSection}), and who has seen your data.
 */
@Controller
class AccountPage {

	/** Others' reads and changes per page of the access log. */
	static final int ACCESS_LOG_ROWS = 20;

	/** The person's own latest rows, folded by action and day. */
	static final int OWN_ACTIVITY_ROWS = 100;

	private final Accounts accounts;

	private final ClientLinks links;

	private final SignedInSession session;

	private final SignIn signIn;

	private final EmailChanges emailChanges;

	private final List<AccountSection> sections;

	AccountPage(Accounts accounts, ClientLinks links, SignedInSession session, SignIn signIn, EmailChanges emailChanges,
			List<AccountSection> sections) {
		this.signIn = signIn;
		this.emailChanges = emailChanges;
		this.accounts = accounts;
		this.links = links;
		this.session = session;
		this.sections = sections;
	}

	@ModelAttribute("timeZones")
	java.util.List<String> timeZones() {
		return TimeZones.ALL;
	}

	@ModelAttribute("allCountries")
	List<Countries.Country> countries(Locale locale) {
		return Countries.all(locale);
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal CurrentUser me,
			@org.springframework.web.bind.annotation.RequestParam(name = "accessPage",
					defaultValue = "0") int accessPage,
			Model model) {
		var details = this.accounts.me(me);
		model.addAttribute("details", details);
		if (!model.containsAttribute("profileForm")) {
			model.addAttribute("profileForm",
					new ProfileForm(details.displayName(), details.timeZone(), details.locale(),
							(details.country() != null) ? details.country()
									: Countries.ofZone(details.timeZone()).orElse(null)));
		}
		if (!model.containsAttribute("emailForm")) {
			model.addAttribute("emailForm", new EmailForm("", ""));
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm("", ""));
		}
		if (!model.containsAttribute("codeForm")) {
			model.addAttribute("codeForm", new CodeForm(""));
		}
		model.addAttribute("pendingTotp", this.accounts.pendingTotp(me).orElse(null));
		model.addAttribute("mustEnrol", this.accounts.mustEnrolSecondFactor(me));
		model.addAttribute("access",
				this.accounts.accessPage(me, Math.max(0, accessPage), ACCESS_LOG_ROWS, OWN_ACTIVITY_ROWS));
		model.addAttribute("sections",
				this.sections.stream()
					.flatMap((section) -> section.sectionFor(me).stream())
					.sorted(Comparator.comparingInt(AccountSection.Section::order))
					.toList());
		return "accounts/account";
	}

	@PostMapping("/account/profile")
	String profile(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("profileForm") ProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.session.replace(this.accounts.updateProfile(me, form.toChange()));
				redirect.addFlashAttribute("saved", true);
				return "redirect:/account";
			}
			catch (InvalidInputException ex) {
				FormProblems.reject(result, ex);
			}
		}
		return account(me, 0, model);
	}

	@PostMapping("/account/email")
	String email(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("emailForm") EmailForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.emailChanges.request(me, form.email(), form.password());
				redirect.addFlashAttribute("emailLinkSent", form.email().strip());
				return "redirect:/account#email";
			}
			catch (ForbiddenException ex) {
				result.rejectValue("password", ex.messageKey());
			}
			catch (ConflictException ex) {
				result.rejectValue("email", ex.messageKey());
			}
		}
		return account(me, 0, model);
	}

	@PostMapping("/account/password")
	String password(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.signIn.changePassword(me, form.currentPassword(), form.newPassword());
				redirect.addFlashAttribute("passwordChanged", true);
				return "redirect:/account#password";
			}
			catch (InvalidInputException ex) {
				FormProblems.reject(result, ex);
			}
			catch (ForbiddenException ex) {
				result.rejectValue("currentPassword", ex.messageKey());
			}
		}
		// Thymeleaf never writes a password field's value back into the page.
		return account(me, 0, model);
	}

	@PostMapping("/account/totp")
	String startTotp(@AuthenticationPrincipal CurrentUser me) {
		try {
			this.accounts.startTotp(me);
		}
		catch (ConflictException ex) {
			// Already on: the page says so.
		}
		return "redirect:/account#totp";
	}

	@PostMapping("/account/totp/confirm")
	String confirmTotp(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("codeForm") CodeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.session.replace(this.accounts.confirmTotp(me, form.code()));
				redirect.addFlashAttribute("totpEnabled", true);
				return "redirect:/account#totp";
			}
			catch (InvalidInputException ex) {
				FormProblems.reject(result, ex);
			}
			catch (ConflictException ex) {
				return "redirect:/account#totp";
			}
		}
		return account(me, 0, model);
	}

	/**
	 * The QR code of the enrolment in progress; it holds the secret, so it is never
	 * cached.
	 */
	@GetMapping("/account/totp/qr.svg")
	ResponseEntity<String> qr(@AuthenticationPrincipal CurrentUser me) {
		return this.accounts.pendingTotp(me)
			.map((pending) -> ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.contentType(MediaType.valueOf("image/svg+xml"))
				.body(QrCode.svg(pending.otpauthUri())))
			.orElse(ResponseEntity.notFound().build());
	}

}
