package org.between.accounts.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.between.accounts.Accounts;
import org.between.accounts.Accounts.AccountView;
import org.between.accounts.Accounts.Me;
import org.between.accounts.Accounts.NewAccount;
import org.between.accounts.Accounts.ProfileChange;
import org.between.accounts.Accounts.TherapistRef;
import org.between.accounts.Accounts.TotpEnrolment;
import org.between.accounts.AuditEntry;
import org.between.accounts.ClientLinks;
import org.between.accounts.ClientLinks.ColleagueRequest;
import org.between.accounts.ClientLinks.ColleagueView;
import org.between.accounts.ClientLinks.InvitationRequest;
import org.between.accounts.LinkedClient;
import org.between.accounts.ClientLinks.InvitationPreview;
import org.between.accounts.ClientLinks.NewInvitation;
import org.between.accounts.ClientLinks.OpenInvitation;
import org.between.accounts.CurrentUser;
import org.between.accounts.EmailChanges;
import org.between.accounts.Sharing;
import org.between.accounts.SharingChoice;
import org.between.accounts.SignIn;
import org.between.accounts.SignedInSession;
import org.between.accounts.SignIn.IssuedToken;
import org.between.accounts.SignIn.TokenRequest;
import org.between.shared.UnauthorizedException;
import org.springframework.http.HttpHeaders;
import org.between.shared.web.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API.md "accounts". */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "accounts")
@Validated
class AccountsApi {

	private final Accounts accounts;

	private final SignIn signIn;

	private final ClientLinks links;

	private final Sharing sharing;

	private final SignedInSession session;

	private final EmailChanges emailChanges;

	AccountsApi(Accounts accounts, SignIn signIn, ClientLinks links, Sharing sharing, SignedInSession session,
			EmailChanges emailChanges) {
		this.emailChanges = emailChanges;
		this.accounts = accounts;
		this.signIn = signIn;
		this.links = links;
		this.sharing = sharing;
		this.session = session;
	}

	@PostMapping("/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an account (public)")
	@SecurityRequirements
	@ProblemResponse(status = 409, description = "The e-mail address has an account already")
	AccountView signUp(@Valid @RequestBody NewAccount body) {
		return this.accounts.signUp(body);
	}

	@PostMapping("/auth/token")
	@Operation(summary = "Sign in and get a bearer token valid for 30 days (public)")
	@SecurityRequirements
	@ProblemResponse(status = 401,
			description = "Wrong e-mail or password (the same answer for both), or the two-factor code is missing "
					+ "or wrong")
	@ProblemResponse(status = 429,
			description = "Too many failed attempts for this account or from this address; `Retry-After` says "
					+ "when to try again")
	IssuedToken token(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
		return this.signIn.issueToken(body, request.getRemoteAddr());
	}

	@DeleteMapping("/auth/token")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke the token used for this request", security = @SecurityRequirement(name = "bearer"))
	void revoke(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			throw new UnauthorizedException("problem.tokenInvalid");
		}
		this.signIn.revokeToken(authorization.substring(7).strip());
	}

	@PostMapping("/auth/password-reset")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "E-mail a single-use reset link (public); the answer is the same for unknown addresses")
	@SecurityRequirements
	void requestReset(@Valid @RequestBody ResetRequest body) {
		this.signIn.requestPasswordReset(body.email());
	}

	@PostMapping("/auth/password-reset/confirm")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Set a new password with the token from the reset link (public); 404 when used or expired")
	@SecurityRequirements
	@ProblemResponse(status = 404, description = "The reset link is unknown, used or expired")
	void confirmReset(@Valid @RequestBody ResetConfirmation body) {
		this.signIn.resetPassword(body.token(), body.password());
	}

	@GetMapping("/me")
	@Operation(summary = "Your profile, whether two-factor sign-in is on, and a client's linked therapist")
	Me me(@AuthenticationPrincipal CurrentUser me) {
		return this.accounts.me(me);
	}

	@PutMapping("/me")
	@Operation(summary = "Change your profile",
			description = "country: ISO 3166 alpha-2, the country whose crisis lines you see; left out, it stays as "
					+ "it is (an account without one gets the time zone's country). locale left out: English.")
	Me updateMe(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody ProfileChange body) {
		this.session.replace(this.accounts.updateProfile(me, body));
		return this.accounts.me(me);
	}

	@PutMapping("/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change your password with the current one",
			description = "Every other session and token of yours ends; the one this request came through goes on. "
					+ "A mail tells you it happened.")
	@ProblemResponse(status = 403, description = "The current password is not right; nothing changed")
	@ProblemResponse(status = 400, description = "The new password is too short or too common")
	void changePassword(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody PasswordForm body) {
		this.signIn.changePassword(me, body.currentPassword(), body.newPassword());
	}

	@PutMapping("/me/email")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Ask to sign in with a new e-mail address",
			description = "Nothing changes yet: a link goes to the new address and works for 24 hours "
					+ "(POST /api/v1/auth/email-change/confirm with its token, or the page it opens). Then the old "
					+ "address is told and every other session and token ends.")
	@ProblemResponse(status = 403, description = "The password is not right; nothing changed")
	@ProblemResponse(status = 409, description = "The address belongs to an account already")
	void changeEmail(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody EmailForm body) {
		this.emailChanges.request(me, body.email(), body.password());
	}

	@PostMapping("/auth/email-change/confirm")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@SecurityRequirements
	@Operation(summary = "Confirm a new e-mail address with the token from the link sent to it (public)")
	@ProblemResponse(status = 404, description = "The link is unknown, used or older than 24 hours")
	@ProblemResponse(status = 409, description = "Someone else took the address meanwhile")
	void confirmEmail(@Valid @RequestBody EmailConfirmation body) {
		this.emailChanges.confirm(body.token());
	}

	@PostMapping("/me/totp")
	@Operation(summary = "Start two-factor enrolment: a new secret and its otpauth URI")
	@ProblemResponse(status = 409, description = "Two-factor sign-in is on already")
	TotpEnrolment startTotp(@AuthenticationPrincipal CurrentUser me) {
		return this.accounts.startTotp(me);
	}

	@PostMapping("/me/totp/confirm")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Confirm two-factor enrolment with a current code; sign-in asks for codes from then on")
	@ProblemResponse(status = 409, description = "Two-factor sign-in is on already, or enrolment was not started")
	void confirmTotp(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody CodeForm body) {
		this.accounts.confirmTotp(me, body.code());
	}

	@GetMapping("/me/access-log")
	@Operation(summary = "Every row of the audit log about your data, newest first")
	List<AuditEntry> accessLog(@AuthenticationPrincipal CurrentUser me,
			@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
		return this.accounts.accessLog(me, limit);
	}

	@PostMapping("/invitations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a single-use invitation code valid for 7 days (therapists)")
	NewInvitation invite(@AuthenticationPrincipal CurrentUser me,
			@Valid @RequestBody(required = false) InvitationRequest body) {
		return this.links.invite(me, body);
	}

	@GetMapping("/invitations")
	@Operation(summary = "Your client invitations still open, newest first, with their expiry (therapists)",
			description = "The codes are kept only as hashes, so an open invitation is named by its `id`; "
					+ "`DELETE /api/v1/invitations/{code}` takes the code or this id.")
	List<OpenInvitation> invitations(@AuthenticationPrincipal CurrentUser me) {
		return this.links.openInvitations(me);
	}

	@DeleteMapping("/invitations/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Withdraw an open client invitation by its code or its id (therapists); the code opens "
			+ "nothing from then on; 404 when it is not yours or no longer open")
	@ProblemResponse(status = 404, description = "Not one of your open invitations")
	void revokeInvitation(@AuthenticationPrincipal CurrentUser me, @PathVariable @Size(max = 40) String code) {
		this.links.revokeInvitation(me, code);
	}

	@PostMapping("/invitations/{code}/resend")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Send an open client invitation again (therapists): a new code and expiry replace it, "
			+ "e-mailed to the same address when it had one; the old code stops working")
	@ProblemResponse(status = 404, description = "Not one of your open invitations")
	NewInvitation resendInvitation(@AuthenticationPrincipal CurrentUser me, @PathVariable @Size(max = 40) String code) {
		return this.links.resendInvitation(me, code);
	}

	@GetMapping("/invitations/{code}")
	@Operation(
			summary = "Who invited you and the practice policy you agree to by linking (clients); "
					+ "404 unknown, used or expired",
			description = "`policyVersion` is the version in force now (null when the therapist has none); send it "
					+ "with the acceptance to acknowledge it.")
	@ProblemResponse(status = 409, description = "You are linked with a therapist already")
	@ProblemResponse(status = 429,
			description = "Too many wrong invitation codes from this address; `Retry-After` says when to try again")
	Preview preview(@AuthenticationPrincipal CurrentUser me, @PathVariable @Size(max = 40) String code,
			HttpServletRequest request) {
		InvitationPreview preview = this.links.preview(me, code, request.getRemoteAddr());
		return new Preview(preview.therapist(), preview.expiresAt(),
				(preview.terms() != null) ? preview.terms().version() : null);
	}

	/** {@code GET /api/v1/invitations/{code}}: what a client is shown before linking. */
	record Preview(TherapistRef therapist, Instant expiresAt, Integer policyVersion) {
	}

	@PostMapping("/invitations/{code}/accept")
	@Operation(summary = "Accept an invitation and link with the therapist (clients); 404 unknown, used or expired",
			description = "`policyVersion` (optional): the version of the therapist's policy you were shown "
					+ "(`GET /api/v1/invitations/{code}`); accepting acknowledges it. 400 when the therapist has no "
					+ "such version.")
	@ProblemResponse(status = 409, description = "You are linked with a therapist already")
	@ProblemResponse(status = 429,
			description = "Too many wrong invitation codes from this address; `Retry-After` says when to try again")
	Accepted accept(@AuthenticationPrincipal CurrentUser me, @PathVariable @Size(max = 40) String code,
			@RequestBody(required = false) AcceptChoice body, HttpServletRequest request) {
		SharingChoice choice = (body != null) ? body.toChoice() : SharingChoice.NOTHING;
		Integer version = (body != null) ? body.policyVersion() : null;
		return new Accepted(this.links.accept(me, code, request.getRemoteAddr(), choice, version));
	}

	@GetMapping("/me/sharing")
	@Operation(summary = "What your linked therapist sees, per category (clients); all false for a new link")
	SharingChoice sharing(@AuthenticationPrincipal CurrentUser me) {
		return this.sharing.mine(me);
	}

	@PutMapping("/me/sharing")
	@Operation(summary = "Change what your linked therapist sees (clients); every change is in your access log",
			description = "All five booleans are required. The brief and every therapist view follow the choice "
					+ "from the next request on. 409 when you are not linked with a therapist.")
	@ProblemResponse(status = 409, description = "You are not linked with a therapist")
	SharingChoice changeSharing(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody SharingBody body) {
		return this.sharing.change(me, body.toChoice());
	}

	@GetMapping("/clients")
	@Operation(summary = "Your linked clients (therapists)")
	List<ClientItem> clients(@AuthenticationPrincipal CurrentUser me) {
		return this.links.clients(me).stream().map(ClientItem::of).toList();
	}

	/** A linked client as the API shows them. */
	record ClientItem(UUID id, String displayName, Instant since) {

		static ClientItem of(LinkedClient client) {
			return new ClientItem(client.id(), client.displayName(), client.since());
		}

	}

	@GetMapping("/therapists/colleagues")
	@Operation(summary = "Therapists you named as colleagues of your practice, who may cover for you")
	List<ColleagueView> colleagues(@AuthenticationPrincipal CurrentUser me) {
		return this.links.colleagues(me);
	}

	@PostMapping("/therapists/colleagues")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Name a colleague by e-mail (therapists); 404 when no therapist has that address")
	@ProblemResponse(status = 404, description = "No therapist has that address")
	@ProblemResponse(status = 409, description = "You named this colleague already")
	ColleagueView addColleague(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody ColleagueRequest body) {
		return this.links.addColleague(me, body);
	}

	@PostMapping("/therapists/colleagues/invitations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a single-use code valid for 7 days that another therapist accepts to become "
			+ "your colleague, both ways (therapists, with two-factor sign-in)")
	NewInvitation inviteColleague(@AuthenticationPrincipal CurrentUser me) {
		return this.links.inviteColleague(me);
	}

	@PostMapping("/therapists/colleagues/invitations/{code}/accept")
	@Operation(summary = "Accept a colleague's code: you name each other as colleagues who may cover (therapists, "
			+ "with two-factor sign-in); 404 unknown, used, expired or your own")
	@ProblemResponse(status = 404, description = "The code is unknown, used, expired or your own")
	@ProblemResponse(status = 429,
			description = "Too many wrong codes from this account or address; `Retry-After` says when to try again")
	ColleagueView acceptColleague(@AuthenticationPrincipal CurrentUser me, @PathVariable @Size(max = 40) String code,
			HttpServletRequest request) {
		return this.links.acceptColleague(me, code, request.getRemoteAddr());
	}

	@DeleteMapping("/therapists/colleagues/{colleagueId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Take a colleague off your list (therapists); their naming of you stays")
	@ProblemResponse(status = 404, description = "Not one of your colleagues")
	void removeColleague(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID colleagueId) {
		this.links.removeColleague(me, colleagueId);
	}

	record Accepted(TherapistRef therapist) {
	}

	/** {@code PUT /api/v1/me/sharing}: every category said. */
	record SharingBody(@NotNull Boolean checkins, @NotNull Boolean riskFlags, @NotNull Boolean measures,
			@NotNull Boolean skills, @NotNull Boolean insights) {

		SharingChoice toChoice() {
			return new SharingChoice(this.checkins, this.riskFlags, this.measures, this.skills, this.insights);
		}

	}

	/**
	 * The optional body of {@code POST /api/v1/invitations/{code}/accept}: the categories
	 * the client shares from the start; a category left out is not shared.
	 */
	record AcceptChoice(Boolean checkins, Boolean riskFlags, Boolean measures, Boolean skills, Boolean insights,
			Integer policyVersion) {

		SharingChoice toChoice() {
			return new SharingChoice(Boolean.TRUE.equals(this.checkins), Boolean.TRUE.equals(this.riskFlags),
					Boolean.TRUE.equals(this.measures), Boolean.TRUE.equals(this.skills),
					Boolean.TRUE.equals(this.insights));
		}

	}

	record ResetRequest(@NotBlank @Size(max = 254) String email) {
	}

	record EmailConfirmation(@NotBlank @Size(max = 100) String token) {
	}

	record ResetConfirmation(@NotBlank @Size(max = 100) String token, @NotBlank @Size(max = 1000) String password) {

		@Override
		public String toString() {
			return "ResetConfirmation[hidden]";
		}

	}

}
