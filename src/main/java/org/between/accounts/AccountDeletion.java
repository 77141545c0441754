package org.between.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.between.shared.ConflictException;
import org.between.shared.ForbiddenException;
import org.between.shared.NotFoundException;
import org.between.shared.UnauthorizedException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's request to delete their account, and its undoing. The request stops every
 * sign-in at once (password, tokens, open sessions); the {@code data} module erases the
 * person's rows once the grace period has passed ({@link #due}), and until then
 * {@link #restore} undoes it. A therapist with an active link is refused: their clients'
 * care would lose its record without warning, so each link must end first.
 */
@Service
public class AccountDeletion {

	private final UserRepository users;

	private final LinkRepository links;

	private final ApiTokenRepository tokens;

	private final DeletionStore store;

	private final Passwords passwords;

	private final FailedAttempts failures;

	private final AuditLog audit;

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	private final Clock clock;

	AccountDeletion(UserRepository users, LinkRepository links, ApiTokenRepository tokens, DeletionStore store,
			Passwords passwords, FailedAttempts failures, AuditLog audit,
			ObjectProvider<FindByIndexNameSessionRepository<?>> sessions, Clock clock) {
		this.users = users;
		this.links = links;
		this.tokens = tokens;
		this.store = store;
		this.passwords = passwords;
		this.failures = failures;
		this.audit = audit;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * Asks for the account to be deleted after {@code grace}: 403 for a wrong password
	 * (nothing changes), 409 when a deletion is already pending or a therapist still has
	 * linked clients. Ends every token and session of the person.
	 * @return when the erasure may run
	 */
	@Transactional(noRollbackFor = ForbiddenException.class)
	public Instant request(CurrentUser me, String password, Duration grace, String address) {
		User user = this.users.findById(me.id()).orElseThrow(NotFoundException::new);
		this.failures.checkAllowed(user.email(), address);
		if (!this.passwords.matches((password != null) ? password : "", user.passwordHash())) {
			this.failures.recordFailure(user.email(), address);
			throw new ForbiddenException("data.delete.wrongPassword");
		}
		if (this.store.eraseAfter(user.id()).isPresent()) {
			throw new ConflictException("data.delete.pending");
		}
		if (user.role() == Role.THERAPIST
				&& !this.links.findByTherapistIdAndEndedAtIsNullOrderBySinceDesc(user.id()).isEmpty()) {
			throw new ConflictException("data.delete.linkedClients");
		}
		Instant now = this.clock.instant();
		Instant eraseAfter = now.plus(grace);
		this.store.insert(user.id(), now, eraseAfter);
		this.tokens.findByUserId(user.id())
			.stream()
			.filter((t) -> t.revokedAt() == null)
			.forEach((t) -> this.tokens.save(t.revokedAt(now)));
		this.sessions.ifAvailable((repository) -> repository.findByPrincipalName(user.id().toString())
			.keySet()
			.forEach(repository::deleteById));
		this.audit.record(user.id(), AccountsAudit.DELETION_REQUESTED, user.id(), "ACCOUNT", user.id().toString());
		return eraseAfter;
	}

	/**
	 * Undoes a pending deletion within the grace period. A wrong e-mail or password is a
	 * 401 (the same answer as signing in); nothing pending, or the period over, a 404.
	 */
	@Transactional(noRollbackFor = UnauthorizedException.class)
	public void restore(String email, String password, String address) {
		String key = Accounts.normalizeEmail((email != null) ? email : "");
		this.failures.checkAllowed(key, address);
		Optional<User> user = this.users.findByEmail(key);
		if (user.isEmpty() || !this.passwords.matches((password != null) ? password : "", user.get().passwordHash())) {
			this.failures.recordFailure(key, address);
			throw new UnauthorizedException("signIn.failed");
		}
		UUID id = user.get().id();
		Instant eraseAfter = this.store.eraseAfterForUpdate(id).orElseThrow(NotFoundException::new);
		if (!this.clock.instant().isBefore(eraseAfter)) {
			throw new NotFoundException();
		}
		this.store.delete(id);
		this.audit.record(id, AccountsAudit.DELETION_CANCELLED, id, "ACCOUNT", id.toString());
	}

	/** When the person's pending deletion may be carried out, if one is pending. */
	@Transactional(readOnly = true)
	public Optional<Instant> pending(UUID userId) {
		return this.store.eraseAfter(userId);
	}

	/** The people whose grace period is over at {@code now}. */
	@Transactional(readOnly = true)
	public List<UUID> due(Instant now) {
		return this.store.due(now);
	}

	/**
	 * Whether the person's erasure may go ahead now; locks their deletion row for the
	 * caller's transaction, so that a restore waits for it.
	 */
	@Transactional
	public boolean lockIfDue(UUID userId) {
		return this.store.eraseAfterForUpdate(userId).filter((at) -> !this.clock.instant().isBefore(at)).isPresent();
	}

}
