package org.between.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.between.notify.Mail;
import org.between.shared.ForbiddenException;
import org.between.shared.InvalidInputException;
import org.between.shared.NotFoundException;
import org.between.shared.UnauthorizedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proving who you are: password and second factor, API tokens, password reset. Unknown
 * e-mails and wrong passwords get the same answer in the same time; failures feed the
 * rate limits of {@link FailedAttempts}.
 */
@Service
public class SignIn {

	/** The answer to a right password for an account waiting to be deleted. */
	static final String DELETION_PENDING = "signIn.deletionPending";

	private final UserRepository users;

	private final ApiTokenRepository tokens;

	private final PasswordResetRepository resets;

	private final Passwords passwords;

	private final FailedAttempts failures;

	private final SecuritySettings settings;

	private final PublicLinks links;

	private final AuditLog audit;

	private final Mail mail;

	private final MessageSource messages;

	/** Absent when the application runs without a web server (the audit-log command). */
	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	private final Clock clock;

	private final TotpSecrets totpSecrets;

	private final DeletionStore deletions;

	SignIn(UserRepository users, ApiTokenRepository tokens, PasswordResetRepository resets, Passwords passwords,
			FailedAttempts failures, SecuritySettings settings, PublicLinks links, AuditLog audit, Mail mail,
			MessageSource messages, ObjectProvider<FindByIndexNameSessionRepository<?>> sessions, Clock clock,
			TotpSecrets totpSecrets, DeletionStore deletions) {
		this.totpSecrets = totpSecrets;
		this.deletions = deletions;
		this.users = users;
		this.tokens = tokens;
		this.resets = resets;
		this.passwords = passwords;
		this.failures = failures;
		this.settings = settings;
		this.links = links;
		this.audit = audit;
		this.mail = mail;
		this.messages = messages;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * Checks e-mail and password (and the code, when given). The result says whether a
	 * second factor is still needed.
	 */
	@Transactional(noRollbackFor = UnauthorizedException.class)
	public PasswordCheck checkPassword(String email, String password, String address) {
		String key = Accounts.normalizeEmail(email);
		this.failures.checkAllowed(key, address);
		Optional<User> user = this.users.findByEmail(key);
		boolean matches = this.passwords.matches((password != null) ? password : "",
				user.map(User::passwordHash).orElse(null));
		if (user.isEmpty() || !matches) {
			this.failures.recordFailure(key, address);
			throw new UnauthorizedException("signIn.failed");
		}
		if (this.deletions.eraseAfter(user.get().id()).isPresent()) {
			// Refused at once: the person asked for the account to go (AccountDeletion).
			throw new UnauthorizedException(DELETION_PENDING);
		}
		return new PasswordCheck(user.get().id(), user.get().totpEnabled());
	}

	/**
	 * The second step of signing in, for an account whose password was already checked.
	 */
	@Transactional(noRollbackFor = UnauthorizedException.class)
	public CurrentUser checkSecondFactor(UUID userId, String code, String address) {
		User user = this.users.findById(userId).orElseThrow(() -> new UnauthorizedException("signIn.failed"));
		this.failures.checkAllowed(user.email(), address);
		if (user.totpEnabled() && !Totp.verify(this.totpSecrets.of(user), code, this.clock.instant())) {
			this.failures.recordFailure(user.email(), address);
			throw new UnauthorizedException("signIn.wrongCode");
		}
		this.audit.record(user.id(), AccountsAudit.SIGNED_IN, user.id(), "ACCOUNT", user.id().toString());
		return user.asCurrentUser();
	}

	/**
	 * The person who has just made their account on the sign-up page, signed in without a
	 * second sign-in (they typed their password a moment ago, and a new account has no
	 * second factor yet); written to their audit log like any sign-in.
	 */
	@Transactional
	public CurrentUser signedUp(UUID userId) {
		User user = this.users.findById(userId).orElseThrow(NotFoundException::new);
		this.audit.record(user.id(), AccountsAudit.SIGNED_IN, user.id(), "ACCOUNT", user.id().toString());
		return user.asCurrentUser();
	}

	@Transactional(noRollbackFor = UnauthorizedException.class)
	public IssuedToken issueToken(TokenRequest request, String address) {
		PasswordCheck check = checkPassword(request.email(), request.password(), address);
		if (check.needsSecondFactor() && (request.totp() == null || request.totp().isBlank())) {
			throw new UnauthorizedException("signIn.codeMissing");
		}
		CurrentUser user = checkSecondFactor(check.userId(), request.totp(), address);
		String token = Secrets.token();
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.settings.tokenLifetime());
		ApiToken saved = this.tokens
			.save(new ApiToken(UUID.randomUUID(), user.id(), Secrets.sha256(token), now, expiresAt, null, null));
		this.audit.record(user.id(), AccountsAudit.TOKEN_ISSUED, user.id(), "API_TOKEN", saved.id().toString());
		return new IssuedToken(token, expiresAt);
	}

	/** The person a bearer token belongs to, while it is neither expired nor revoked. */
	@Transactional(readOnly = true)
	public Optional<CurrentUser> authenticateToken(String token) {
		return this.tokens.findByTokenHash(Secrets.sha256(token))
			.filter((t) -> t.isValidAt(this.clock.instant()))
			.flatMap((t) -> this.users.findById(t.userId()))
			.map(User::asCurrentUser);
	}

	@Transactional
	public void revokeToken(String token) {
		ApiToken found = this.tokens.findByTokenHash(Secrets.sha256(token)).orElseThrow(NotFoundException::new);
		if (found.revokedAt() == null) {
			this.tokens.save(found.revokedAt(this.clock.instant()));
			this.audit.record(found.userId(), AccountsAudit.TOKEN_REVOKED, found.userId(), "API_TOKEN",
					found.id().toString());
		}
	}

	/**
	 * Sends a reset link when the address has an account and does nothing otherwise; the
	 * caller answers the same either way.
	 */
	@Transactional
	public void requestPasswordReset(String email) {
		if (email == null || email.isBlank() || email.length() > 254) {
			// Cannot be anyone's address: nothing to look up, and nothing to say.
			return;
		}
		this.users.findByEmail(Accounts.normalizeEmail(email)).ifPresent((user) -> {
			String token = Secrets.token();
			Instant now = this.clock.instant();
			this.resets.save(new PasswordReset(UUID.randomUUID(), user.id(), Secrets.sha256(token), now,
					now.plus(this.settings.resetLifetime()), null, null));
			Locale locale = Locale.forLanguageTag(user.locale());
			String link = this.links.to("/password-reset/" + token);
			this.mail.queue(user.email(), this.messages.getMessage("mail.reset.subject", null, locale),
					this.messages.getMessage("mail.reset.body", new Object[] { user.displayName(), link }, locale));
			this.audit.record(null, AccountsAudit.PASSWORD_RESET_REQUESTED, user.id(), "ACCOUNT", user.id().toString());
		});
	}

	/**
	 * Whether a reset link can still be used, to show the form or a kind "expired" page.
	 */
	@Transactional(readOnly = true)
	public boolean isResetUsable(String token) {
		return this.resets.findByTokenHash(Secrets.sha256(token))
			.filter((r) -> r.isUsableAt(this.clock.instant()))
			.isPresent();
	}

	/** Sets the new password, uses up the link, and signs out every session and token. */
	@Transactional
	public void resetPassword(String token, String newPassword) {
		Instant now = this.clock.instant();
		PasswordReset reset = this.resets.findByTokenHash(Secrets.sha256((token != null) ? token : ""))
			.filter((r) -> r.isUsableAt(now))
			.orElseThrow(NotFoundException::new);
		String problem = this.passwords.problemWith(newPassword);
		if (problem != null) {
			throw new InvalidInputException("password", problem);
		}
		User user = this.users.findById(reset.userId()).orElseThrow(NotFoundException::new);
		this.users.save(user.withPasswordHash(this.passwords.hash(newPassword)));
		this.resets.save(reset.usedAt(now));
		this.tokens.findByUserId(user.id())
			.stream()
			.filter((t) -> t.revokedAt() == null)
			.forEach((t) -> this.tokens.save(t.revokedAt(now)));
		this.sessions.ifAvailable((repository) -> repository.findByPrincipalName(user.id().toString())
			.keySet()
			.forEach(repository::deleteById));
		this.audit.record(user.id(), AccountsAudit.PASSWORD_RESET, user.id(), "ACCOUNT", user.id().toString());
	}

	/**
	 * A new password for someone signed in, who proves it with the current one (a session
	 * left open on a shared computer must not be enough). Every other session and token
	 * ends, the one the change came through goes on, and a mail says it happened, so that
	 * a change the person did not make is noticed. The sign-in kept is the one of the
	 * request being answered (a page session or a bearer token).
	 */
	@Transactional(noRollbackFor = ForbiddenException.class)
	public void changePassword(CurrentUser me, String current, String next) {
		User user = this.users.findById(me.id()).orElseThrow(NotFoundException::new);
		this.failures.checkAllowed(user.email(), CurrentRequest.address());
		if (!this.passwords.matches((current != null) ? current : "", user.passwordHash())) {
			this.failures.recordFailure(user.email(), CurrentRequest.address());
			throw new ForbiddenException("password.change.wrong");
		}
		String problem = this.passwords.problemWith(next);
		if (problem != null) {
			throw new InvalidInputException("newPassword", problem);
		}
		this.users.save(user.withPasswordHash(this.passwords.hash(next)));
		endOtherSignIns(user.id(), CurrentRequest.sessionId(), CurrentRequest.bearerToken());
		Locale locale = Locale.forLanguageTag(user.locale());
		this.mail.queue(user.email(), this.messages.getMessage("mail.passwordChanged.subject", null, locale),
				this.messages.getMessage("mail.passwordChanged.body",
						new Object[] { user.displayName(), this.links.to("/password-reset") }, locale));
		this.audit.record(user.id(), AccountsAudit.PASSWORD_CHANGED, user.id(), "ACCOUNT", user.id().toString());
	}

	/** Ends the person's sessions and tokens but the ones named (either may be null). */
	void endOtherSignIns(UUID userId, String keepSession, String keepToken) {
		Instant now = this.clock.instant();
		String keptHash = (keepToken != null) ? Secrets.sha256(keepToken) : null;
		this.tokens.findByUserId(userId)
			.stream()
			.filter((t) -> t.revokedAt() == null && !t.tokenHash().equals(keptHash))
			.forEach((t) -> this.tokens.save(t.revokedAt(now)));
		this.sessions.ifAvailable((repository) -> repository.findByPrincipalName(userId.toString())
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keepSession))
			.forEach(repository::deleteById));
	}

	public record TokenRequest(@NotBlank @Size(max = 254) String email,
			@NotNull @Size(max = Passwords.MAX_LENGTH) String password, @Size(max = 12) String totp) {

		@Override
		public String toString() {
			return "TokenRequest[hidden]";
		}

	}

	public record IssuedToken(String token, Instant expiresAt) {

		@Override
		public String toString() {
			return "IssuedToken[expiresAt=" + this.expiresAt + "]";
		}

	}

	/**
	 * The password was right; {@code needsSecondFactor} says whether a TOTP code must
	 * follow.
	 */
	public record PasswordCheck(UUID userId, boolean needsSecondFactor) {
	}

}
