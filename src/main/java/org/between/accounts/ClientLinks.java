package org.between.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.between.accounts.Accounts.TherapistRef;
import org.between.notify.Mail;
import org.between.shared.ConflictException;
import org.between.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works with whom: invitations, client–therapist links and colleagues. Other modules
 * ask {@link #requireLinkedClient} before a therapist reads anything of a client's.
 */
@Service
public class ClientLinks {

	private final UserRepository users;

	private final InvitationRepository invitations;

	private final LinkRepository links;

	private final ColleagueRepository colleagues;

	private final Accounts accounts;

	private final FailedAttempts failures;

	private final SecuritySettings settings;

	private final AuditLog audit;

	private final Mail mail;

	private final MessageSource messages;

	private final Clock clock;

	ClientLinks(UserRepository users, InvitationRepository invitations, LinkRepository links,
			ColleagueRepository colleagues, Accounts accounts, FailedAttempts failures, SecuritySettings settings,
			AuditLog audit, Mail mail, MessageSource messages, Clock clock) {
		this.users = users;
		this.invitations = invitations;
		this.links = links;
		this.colleagues = colleagues;
		this.accounts = accounts;
		this.failures = failures;
		this.settings = settings;
		this.audit = audit;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
	}

	/** A single-use code for one client; e-mailed when an address is given. */
	@Transactional
	public NewInvitation invite(CurrentUser therapist, InvitationRequest request) {
		therapist.requireTherapist();
		this.accounts.requireSecondFactor(therapist);
		String code = Secrets.code();
		Instant now = this.clock.instant();
		String email = (request == null || request.email() == null || request.email().isBlank()) ? null
				: Accounts.normalizeEmail(request.email());
		Invitation invitation = this.invitations
			.save(new Invitation(UUID.randomUUID(), therapist.id(), Secrets.sha256(Secrets.normalizeCode(code)), email,
					now, now.plus(this.settings.invitationLifetime()), null, null, null));
		if (email != null) {
			Locale locale = therapist.locale();
			String link = this.settings.publicUrl() + "/invitations/" + code;
			this.mail.queue(email, this.messages.getMessage("mail.invitation.subject", null, locale), this.messages
				.getMessage("mail.invitation.body", new Object[] { therapist.displayName(), code, link }, locale));
		}
		this.audit.record(therapist.id(), AccountsAudit.INVITATION_CREATED, therapist.id(), "INVITATION",
				invitation.id().toString());
		return new NewInvitation(code, invitation.expiresAt());
	}

	/**
	 * Links the client with the inviting therapist. An unknown, used or expired code is
	 * 404 and counts as a failed attempt for the client and their address.
	 */
	@Transactional(noRollbackFor = NotFoundException.class)
	public TherapistRef accept(CurrentUser client, String code, String address) {
		return accept(client, code, address, SharingChoice.NOTHING);
	}

	/**
	 * {@link #accept(CurrentUser, String, String)} with what the client chose to let the
	 * therapist see ({@link Sharing}), saved with the link in the same transaction.
	 */
	@Transactional(noRollbackFor = NotFoundException.class)
	public TherapistRef accept(CurrentUser client, String code, String address, SharingChoice sharing) {
		SharingChoice choice = (sharing != null) ? sharing : SharingChoice.NOTHING;
		client.requireClient();
		this.failures.checkAllowed(client.id().toString(), address);
		Instant now = this.clock.instant();
		User clientUser = this.users.findById(client.id()).orElseThrow(NotFoundException::new);
		Optional<Invitation> found = this.invitations.findByCodeHash(Secrets.sha256(Secrets.normalizeCode(code)))
			.filter((i) -> i.isOpenAt(now) && i.isFor(clientUser));
		if (found.isEmpty()) {
			this.failures.recordFailure(client.id().toString(), address);
			throw new NotFoundException();
		}
		Invitation invitation = found.get();
		if (this.links.findByActiveClientId(client.id()).isPresent()) {
			throw new ConflictException("invitation.alreadyLinked");
		}
		User therapist = this.users.findById(invitation.therapistId()).orElseThrow(NotFoundException::new);
		this.invitations.save(invitation.acceptedBy(client.id(), now));
		try {
			this.links.save(Link.start(therapist.id(), client.id(), now, choice));
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("invitation.alreadyLinked");
		}
		this.audit.record(client.id(), AccountsAudit.LINKED_WITH_THERAPIST, client.id(), "THERAPIST",
				therapist.id().toString());
		if (choice.any()) {
			this.audit.record(client.id(), AccountsAudit.SHARING_CHANGED, client.id(), "SHARING", Sharing.code(choice));
		}
		return new TherapistRef(therapist.id(), therapist.displayName());
	}

	/** The therapist's active clients, most recent first. */
	@Transactional(readOnly = true)
	public List<LinkedClient> clients(CurrentUser therapist) {
		therapist.requireTherapist();
		this.accounts.requireSecondFactor(therapist);
		return this.links.findByTherapistIdAndEndedAtIsNullOrderBySinceDesc(therapist.id())
			.stream()
			.flatMap((link) -> this.users.findById(link.clientId())
				.map((c) -> new LinkedClient(c.id(), c.displayName(), link.since(), link.therapistId()))
				.stream())
			.toList();
	}

	/**
	 * The client, if the therapist is actively linked with them; 404 otherwise, so that
	 * nobody learns whether the client exists. Every module calls this before reading
	 * client data for a therapist.
	 */
	@Transactional(readOnly = true)
	public LinkedClient requireLinkedClient(CurrentUser therapist, UUID clientId) {
		if (!therapist.isTherapist()) {
			throw new NotFoundException();
		}
		this.accounts.requireSecondFactor(therapist);
		return this.links.findByActiveClientId(clientId)
			.filter((link) -> link.therapistId().equals(therapist.id()))
			.flatMap((link) -> this.users.findById(clientId)
				.map((c) -> new LinkedClient(c.id(), c.displayName(), link.since(), link.therapistId())))
			.orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public Optional<TherapistRef> therapistOf(CurrentUser client) {
		return this.links.findByActiveClientId(client.id())
			.flatMap((link) -> this.users.findById(link.therapistId()))
			.map((t) -> new TherapistRef(t.id(), t.displayName()));
	}

	@Transactional(readOnly = true)
	public List<ColleagueView> colleagues(CurrentUser therapist) {
		therapist.requireTherapist();
		return this.colleagues.findByTherapistIdOrderBySince(therapist.id())
			.stream()
			.flatMap((c) -> this.users.findById(c.colleagueId())
				.map((u) -> new ColleagueView(u.id(), u.displayName(), u.email(), c.since()))
				.stream())
			.toList();
	}

	/**
	 * Names another therapist as a colleague who may cover; 404 when no therapist has
	 * that address.
	 */
	@Transactional
	public ColleagueView addColleague(CurrentUser therapist, ColleagueRequest request) {
		therapist.requireTherapist();
		User colleague = this.users.findByEmail(Accounts.normalizeEmail(request.email()))
			.filter((u) -> u.role() == Role.THERAPIST && !u.id().equals(therapist.id()))
			.orElseThrow(NotFoundException::new);
		if (this.colleagues.existsByTherapistIdAndColleagueId(therapist.id(), colleague.id())) {
			throw new ConflictException("colleague.alreadyNamed");
		}
		Colleague saved = this.colleagues
			.save(new Colleague(UUID.randomUUID(), therapist.id(), colleague.id(), this.clock.instant(), null));
		return new ColleagueView(colleague.id(), colleague.displayName(), colleague.email(), saved.since());
	}

	public record InvitationRequest(@Email @Size(max = 254) String email) {
	}

	/**
	 * Serializable: the invitation page hands it to the next request as a flash attribute
	 * (kept in the session).
	 */
	public record NewInvitation(String code, Instant expiresAt) implements java.io.Serializable {
	}

	public record ColleagueRequest(@NotBlank @Email @Size(max = 254) String email) {
	}

	public record ColleagueView(UUID id, String displayName, String email, Instant since) {
	}

}
