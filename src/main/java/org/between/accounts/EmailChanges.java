package org.between.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.between.notify.Mail;
import org.between.shared.ConflictException;
import org.between.shared.ForbiddenException;
import org.between.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing the address one signs in with: asked for with the password, done only when the
 * link sent to the new address is opened within {@link #LIFETIME}, so that a typo or a
 * stranger's address never takes the account over. The old address is told when it
 * changes; every other sign-in ends then, as after a password change.
 */
@Service
public class EmailChanges {

	static final Duration LIFETIME = Duration.ofHours(24);

	private final UserRepository users;

	private final Passwords passwords;

	private final FailedAttempts failures;

	private final SignIn signIn;

	private final JdbcClient jdbc;

	private final PublicLinks links;

	private final AuditLog audit;

	private final Mail mail;

	private final MessageSource messages;

	private final Clock clock;

	EmailChanges(UserRepository users, Passwords passwords, FailedAttempts failures, SignIn signIn, JdbcClient jdbc,
			PublicLinks links, AuditLog audit, Mail mail, MessageSource messages, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.failures = failures;
		this.signIn = signIn;
		this.jdbc = jdbc;
		this.links = links;
		this.audit = audit;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Sends the confirmation link to {@code newEmail}; nothing changes until it is
	 * opened. 403 with a wrong password, 409 when the address belongs to an account
	 * already.
	 */
	@Transactional(noRollbackFor = ForbiddenException.class)
	public void request(CurrentUser me, String newEmail, String password) {
		User user = this.users.findById(me.id()).orElseThrow(NotFoundException::new);
		this.failures.checkAllowed(user.email(), CurrentRequest.address());
		if (!this.passwords.matches((password != null) ? password : "", user.passwordHash())) {
			this.failures.recordFailure(user.email(), CurrentRequest.address());
			throw new ForbiddenException("email.change.wrongPassword");
		}
		String email = Accounts.normalizeEmail(newEmail);
		if (email.equals(user.email()) || this.users.existsByEmail(email)) {
			throw new ConflictException("account.emailTaken");
		}
		String token = Secrets.token();
		Instant now = now();
		this.jdbc.sql("""
				insert into accounts_email_change (id, user_id, new_email, token_hash, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), user.id(), email, Secrets.sha256(token), Timestamp.from(now),
					Timestamp.from(now.plus(LIFETIME)))
			.update();
		Locale locale = Locale.forLanguageTag(user.locale());
		this.mail.queue(email, this.messages.getMessage("mail.emailChange.subject", null, locale),
				this.messages.getMessage("mail.emailChange.body",
						new Object[] { user.displayName(), this.links.to("/email-change/" + token) }, locale));
		this.audit.record(user.id(), AccountsAudit.EMAIL_CHANGE_REQUESTED, user.id(), "ACCOUNT", user.id().toString());
	}

	/** The address a link would confirm, while it can still be used. */
	@Transactional(readOnly = true)
	public Optional<String> pending(String token) {
		return usable(token).map(Pending::newEmail);
	}

	/**
	 * Makes the new address the one to sign in with, uses the link up, tells the old
	 * address, and ends every other sign-in. 404 when the link is unknown, used or
	 * expired; 409 when someone took the address meanwhile.
	 */
	@Transactional
	public void confirm(String token) {
		Pending pending = usable(token).orElseThrow(NotFoundException::new);
		User user = this.users.findById(pending.userId()).orElseThrow(NotFoundException::new);
		if (this.users.existsByEmail(pending.newEmail())) {
			throw new ConflictException("account.emailTaken");
		}
		String oldEmail = user.email();
		this.users.save(user.withEmail(pending.newEmail()));
		this.jdbc.sql("update accounts_email_change set used_at = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()), pending.id())
			.update();
		this.signIn.endOtherSignIns(user.id(), CurrentRequest.sessionId(), CurrentRequest.bearerToken());
		Locale locale = Locale.forLanguageTag(user.locale());
		this.mail.queue(oldEmail, this.messages.getMessage("mail.emailChanged.subject", null, locale),
				this.messages.getMessage("mail.emailChanged.body",
						new Object[] { user.displayName(), pending.newEmail(), this.links.to("/password-reset") },
						locale));
		this.audit.record(user.id(), AccountsAudit.EMAIL_CHANGED, user.id(), "ACCOUNT", user.id().toString());
	}

	private Optional<Pending> usable(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select id, user_id, new_email from accounts_email_change
				where token_hash = ? and used_at is null and expires_at > ?""")
			.params(Secrets.sha256(token), Timestamp.from(now()))
			.query((rs, n) -> new Pending(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
					rs.getString("new_email")))
			.optional();
	}

	/**
	 * To the microsecond, as both databases keep it, so that 24 hours are exactly that.
	 */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private record Pending(UUID id, UUID userId, String newEmail) {
	}

}
