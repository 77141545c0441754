package org.between.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.between.accounts.ClientLinks.NewInvitation;
import org.between.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The single-use codes of both kinds of invitation (a client's, a colleague's): made,
 * kept only as a hash, open until used or expired, and guessed at only as often as
 * {@link FailedAttempts} allows. What accepting one does is the caller's.
 */
@Component
class InvitationCodes {

	private final InvitationRepository invitations;

	private final FailedAttempts failures;

	private final SecuritySettings settings;

	private final Clock clock;

	InvitationCodes(InvitationRepository invitations, FailedAttempts failures, SecuritySettings settings, Clock clock) {
		this.invitations = invitations;
		this.failures = failures;
		this.settings = settings;
		this.clock = clock;
	}

	/** A new code of this kind from the therapist, for anyone or for one address. */
	Issued issue(UUID therapistId, Invitation.Kind kind, String email) {
		String code = Secrets.code();
		// as the database keeps it, so that the expiry shown once is the one listed later
		Instant now = this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		Invitation invitation = this.invitations.save(new Invitation(UUID.randomUUID(), therapistId, hash(code), email,
				now, now.plus(this.settings.invitationLifetime()), null, null, kind, null));
		return new Issued(invitation.id(), new NewInvitation(code, invitation.expiresAt(), null));
	}

	/**
	 * The open invitation of this kind that the code names and that is meant for this
	 * person (not their own); otherwise 404, counted as a failed attempt for the person
	 * and their address (429 once there were too many).
	 */
	Invitation open(User person, Invitation.Kind kind, String code, String address) {
		String key = person.id().toString();
		this.failures.checkAllowed(key, address);
		Instant now = this.clock.instant();
		Optional<Invitation> found = this.invitations.findByCodeHash(hash(code))
			.filter((i) -> i.kind() == kind && i.isOpenAt(now) && i.isFor(person)
					&& !i.therapistId().equals(person.id()));
		if (found.isEmpty()) {
			this.failures.recordFailure(key, address);
			throw new NotFoundException();
		}
		return found.get();
	}

	/** The therapist's invitations of this kind still open now, newest first. */
	java.util.List<Invitation> openOf(UUID therapistId, Invitation.Kind kind) {
		Instant now = this.clock.instant();
		return this.invitations.findByTherapistIdAndKindAndAcceptedAtIsNullOrderByCreatedAtDesc(therapistId, kind)
			.stream()
			.filter((i) -> i.isOpenAt(now))
			.toList();
	}

	/**
	 * The therapist's own open invitation of this kind named by its id or by its code;
	 * otherwise 404.
	 */
	Invitation ownOpen(UUID therapistId, Invitation.Kind kind, String idOrCode) {
		Instant now = this.clock.instant();
		Optional<Invitation> found = parseId(idOrCode).flatMap(this.invitations::findById)
			.or(() -> this.invitations.findByCodeHash(hash(idOrCode)));
		return found.filter((i) -> i.kind() == kind && i.therapistId().equals(therapistId) && i.isOpenAt(now))
			.orElseThrow(NotFoundException::new);
	}

	/** Withdraws an open invitation: its code opens nothing from now on. */
	void withdraw(Invitation invitation) {
		this.invitations.delete(invitation);
	}

	private static Optional<UUID> parseId(String value) {
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** Marks the invitation used by this person, now. */
	void use(Invitation invitation, UUID personId) {
		this.invitations.save(invitation.acceptedBy(personId, this.clock.instant()));
	}

	private static String hash(String code) {
		return Secrets.sha256(Secrets.normalizeCode(code));
	}

	/** A new invitation's id (for the audit row) and what its therapist is shown once. */
	record Issued(UUID id, NewInvitation invitation) {
	}

}
