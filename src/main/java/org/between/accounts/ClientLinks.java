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
import org.between.shared.InputProblems;
import org.between.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works with whom: invitations, client–therapist links, colleagues and the cover
 * grants clients give for their therapist's absences. Other modules ask
 * {@link #requireLinkedClient} before a therapist reads anything of a client's, and
 * {@link #requireCoveredClient} before the covering colleague does.
 */
@Service
public class ClientLinks {

	private final UserRepository users;

	private final InvitationCodes codes;

	private final LinkRepository links;

	private final Colleagues colleagues;

	private final CoverGrants covers;

	private final Accounts accounts;

	private final SecuritySettings settings;

	private final PublicLinks publicLinks;

	private final AuditLog audit;

	private final Mail mail;

	private final MessageSource messages;

	private final Clock clock;

	private final ObjectProvider<LinkTerms> terms;

	ClientLinks(UserRepository users, InvitationCodes codes, LinkRepository links, Colleagues colleagues,
			CoverGrants covers, Accounts accounts, SecuritySettings settings, AuditLog audit, Mail mail,
			MessageSource messages, Clock clock, PublicLinks publicLinks, ObjectProvider<LinkTerms> terms) {
		this.users = users;
		this.codes = codes;
		this.links = links;
		this.colleagues = colleagues;
		this.covers = covers;
		this.accounts = accounts;
		this.settings = settings;
		this.audit = audit;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
		this.publicLinks = publicLinks;
		this.terms = terms;
	}

	/**
	 * A single-use code for one client, with the link that opens it; e-mailed when an
	 * address is given.
	 */
	@Transactional
	public NewInvitation invite(CurrentUser therapist, InvitationRequest request) {
		therapist.requireTherapist();
		this.accounts.requireSecondFactor(therapist);
		String email = (request == null || request.email() == null || request.email().isBlank()) ? null
				: Accounts.normalizeEmail(request.email());
		return issueForClient(therapist, email);
	}

	private NewInvitation issueForClient(CurrentUser therapist, String email) {
		var issued = this.codes.issue(therapist.id(), Invitation.Kind.CLIENT, email);
		NewInvitation invitation = issued.invitation()
			.withLink(this.publicLinks.to("/invitations/" + issued.invitation().code()));
		if (email != null) {
			Locale locale = therapist.locale();
			this.mail.queue(email, this.messages.getMessage("mail.invitation.subject", null, locale),
					this.messages.getMessage("mail.invitation.body",
							new Object[] { therapist.displayName(), invitation.code(), invitation.link() }, locale));
		}
		this.audit.record(therapist.id(), AccountsAudit.INVITATION_CREATED, therapist.id(), "INVITATION",
				issued.id().toString());
		return invitation;
	}

	/**
	 * The therapist's client invitations still open, newest first, with their expiry (the
	 * codes are kept only as hashes, so they are not listed).
	 */
	@Transactional(readOnly = true)
	public List<OpenInvitation> openInvitations(CurrentUser therapist) {
		therapist.requireTherapist();
		this.accounts.requireSecondFactor(therapist);
		return this.codes.openOf(therapist.id(), Invitation.Kind.CLIENT)
			.stream()
			.map((i) -> new OpenInvitation(i.id(), i.email(), i.createdAt(), i.expiresAt()))
			.toList();
	}

	/**
	 * Withdraws one of the therapist's open client invitations, named by its id or its
	 * code: the code opens nothing from now on. 404 when it is not theirs or no longer
	 * open.
	 */
	@Transactional
	public void revokeInvitation(CurrentUser therapist, String idOrCode) {
		therapist.requireTherapist();
		this.accounts.requireSecondFactor(therapist);
		withdraw(therapist, this.codes.ownOpen(therapist.id(), Invitation.Kind.CLIENT, idOrCode));
	}

	/**
	 * Sends an open invitation again: as only the code's hash is kept, the old code is
	 * withdrawn and a new one (with a new expiry) replaces it, e-mailed to the same
	 * address when there is one. 404 when it is not the therapist's or no longer open.
	 */
	@Transactional
	public NewInvitation resendInvitation(CurrentUser therapist, String idOrCode) {
		therapist.requireTherapist();
		this.accounts.requireSecondFactor(therapist);
		Invitation old = this.codes.ownOpen(therapist.id(), Invitation.Kind.CLIENT, idOrCode);
		withdraw(therapist, old);
		return issueForClient(therapist, old.email());
	}

	private void withdraw(CurrentUser therapist, Invitation invitation) {
		this.codes.withdraw(invitation);
		this.audit.record(therapist.id(), AccountsAudit.INVITATION_REVOKED, therapist.id(), "INVITATION",
				invitation.id().toString());
	}

	/**
	 * What a client sees before accepting a code: who invited them and the frame they
	 * agree to by linking ({@link LinkTerms}). An unknown, used or expired code is 404
	 * and counts as a failed attempt, as accepting does; 409 when already linked.
	 */
	@Transactional(noRollbackFor = NotFoundException.class)
	public InvitationPreview preview(CurrentUser client, String code, String address) {
		client.requireClient();
		User clientUser = this.users.findById(client.id()).orElseThrow(NotFoundException::new);
		Invitation invitation = this.codes.open(clientUser, Invitation.Kind.CLIENT, code, address);
		if (this.links.findByActiveClientId(client.id()).isPresent()) {
			throw new ConflictException("invitation.alreadyLinked");
		}
		User therapist = this.users.findById(invitation.therapistId()).orElseThrow(NotFoundException::new);
		Optional<LinkTerms.Shown> shown = this.terms.orderedStream()
			.flatMap((t) -> t.shownFor(therapist.id()).stream())
			.findFirst();
		return new InvitationPreview(new TherapistRef(therapist.id(), therapist.displayName()), invitation.expiresAt(),
				shown.orElse(null));
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
		return accept(client, code, address, sharing, null);
	}

	/**
	 * {@link #accept(CurrentUser, String, String, SharingChoice)}, and linking is consent
	 * to the frame: when {@code termsVersion} is given (the version of the therapist's
	 * terms the client was shown, {@link #preview}), it is acknowledged in the same
	 * transaction, even if a newer one was published since. A version the therapist does
	 * not have is 400 ({@code policyVersion}) and links nothing.
	 */
	@Transactional(noRollbackFor = NotFoundException.class)
	public TherapistRef accept(CurrentUser client, String code, String address, SharingChoice sharing,
			Integer termsVersion) {
		SharingChoice choice = (sharing != null) ? sharing : SharingChoice.NOTHING;
		client.requireClient();
		User clientUser = this.users.findById(client.id()).orElseThrow(NotFoundException::new);
		Invitation invitation = this.codes.open(clientUser, Invitation.Kind.CLIENT, code, address);
		if (this.links.findByActiveClientId(client.id()).isPresent()) {
			throw new ConflictException("invitation.alreadyLinked");
		}
		User therapist = this.users.findById(invitation.therapistId()).orElseThrow(NotFoundException::new);
		List<LinkTerms> allTerms = this.terms.orderedStream().toList();
		if (termsVersion != null) {
			new InputProblems()
				.require(allTerms.stream().anyMatch((t) -> t.offers(therapist.id(), termsVersion)), "policyVersion",
						"invitation.policy.unknown")
				.throwIfAny();
		}
		this.codes.use(invitation, client.id());
		Instant now = this.clock.instant();
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
		if (termsVersion != null) {
			allTerms.stream()
				.filter((t) -> t.offers(therapist.id(), termsVersion))
				.findFirst()
				.ifPresent((t) -> t.acknowledge(therapist.id(), client.id(), termsVersion));
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

	/**
	 * Ends the active link of the client with this therapist (after the last session of
	 * an ending): from now on {@link #requireLinkedClient} answers 404 for them, so every
	 * therapist read and change stops, and the client may link with a therapist again.
	 * The client keeps all their data. A {@code LINK_ENDED} row (the system as actor)
	 * goes into the client's access log. False when there was no such link.
	 */
	@Transactional
	public boolean endLink(UUID therapistId, UUID clientId) {
		Optional<Link> link = this.links.findByActiveClientId(clientId)
			.filter((l) -> l.therapistId().equals(therapistId));
		link.ifPresent((l) -> {
			this.links.save(l.ended(this.clock.instant()));
			this.audit.record(null, AccountsAudit.LINK_ENDED, clientId, "THERAPIST", therapistId.toString());
		});
		return link.isPresent();
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
		return this.colleagues.of(therapist.id());
	}

	/**
	 * Names another therapist as a colleague who may cover; 404 when no therapist has
	 * that address. One-sided: the other therapist does not name them back.
	 */
	@Transactional
	public ColleagueView addColleague(CurrentUser therapist, ColleagueRequest request) {
		therapist.requireTherapist();
		User colleague = this.users.findByEmail(Accounts.normalizeEmail(request.email()))
			.filter((u) -> u.role() == Role.THERAPIST && !u.id().equals(therapist.id()))
			.orElseThrow(NotFoundException::new);
		return this.colleagues.name(therapist.id(), colleague);
	}

	/**
	 * A single-use code another therapist enters (or opens as a link) to become a
	 * colleague of this one, both ways. Needs the second factor, as client invitations
	 * do.
	 */
	@Transactional
	public NewInvitation inviteColleague(CurrentUser therapist) {
		therapist.requireTherapist();
		this.accounts.requireSecondFactor(therapist);
		var issued = this.codes.issue(therapist.id(), Invitation.Kind.COLLEAGUE, null);
		this.audit.record(therapist.id(), AccountsAudit.INVITATION_CREATED, therapist.id(), "COLLEAGUE_INVITATION",
				issued.id().toString());
		return issued.invitation().withLink(this.publicLinks.to("/colleagues/join/" + issued.invitation().code()));
	}

	/**
	 * Another therapist accepts a colleague code: the two name each other, and each has
	 * the row in their audit log. 404 (a failed attempt) for an unknown, used, expired or
	 * own code, or a client's invitation; 403 for a client or without second factor.
	 */
	@Transactional(noRollbackFor = NotFoundException.class)
	public ColleagueView acceptColleague(CurrentUser therapist, String code, String address) {
		therapist.requireTherapist();
		this.accounts.requireSecondFactor(therapist);
		User me = this.users.findById(therapist.id()).orElseThrow(NotFoundException::new);
		Invitation invitation = this.codes.open(me, Invitation.Kind.COLLEAGUE, code, address);
		User inviter = this.users.findById(invitation.therapistId()).orElseThrow(NotFoundException::new);
		this.codes.use(invitation, me.id());
		ColleagueView colleague = this.colleagues.nameEachOther(me.id(), inviter);
		for (UUID subject : List.of(me.id(), inviter.id())) {
			this.audit.record(me.id(), AccountsAudit.COLLEAGUES_JOINED, subject, "COLLEAGUE_INVITATION",
					invitation.id().toString());
		}
		return colleague;
	}

	/**
	 * Takes a colleague off the therapist's list (their own naming of the therapist
	 * stays); 404 when not on it. A client's grant to that cover stops counting at once.
	 */
	@Transactional
	public void removeColleague(CurrentUser therapist, UUID colleagueId) {
		therapist.requireTherapist();
		this.colleagues.remove(therapist.id(), colleagueId);
		this.audit.record(therapist.id(), AccountsAudit.COLLEAGUE_REMOVED, therapist.id(), "COLLEAGUE",
				colleagueId.toString());
	}

	/** Whether the therapist named {@code colleagueId} as a colleague who may cover. */
	@Transactional(readOnly = true)
	public boolean isColleague(UUID therapistId, UUID colleagueId) {
		return this.colleagues.isColleague(therapistId, colleagueId);
	}

	/**
	 * The therapist's named colleague, for showing their name and address; else empty.
	 */
	@Transactional(readOnly = true)
	public Optional<ColleagueView> colleague(CurrentUser therapist, UUID colleagueId) {
		therapist.requireTherapist();
		return this.colleagues.find(therapist.id(), colleagueId);
	}

	/**
	 * The client lets {@code coverId} see what they chose during the absence, for
	 * {@code [startsAt, endsAt)}: the instants the absence covers. Idempotent per client
	 * and absence (a second call with other values replaces the first). 403 for a
	 * therapist; 400 for missing ids or a span that is empty or over; 404 when the client
	 * has no therapist or the cover is not their therapist's colleague. Audited.
	 */
	@Transactional
	public CoverGrant grantCover(CurrentUser client, UUID coverId, UUID absenceId, Instant startsAt, Instant endsAt) {
		return this.covers.grant(client, coverId, absenceId, startsAt, endsAt);
	}

	/**
	 * The client stops sharing with the cover for this absence; false when nothing was
	 * shared.
	 */
	@Transactional
	public boolean revokeCover(CurrentUser client, UUID absenceId) {
		return this.covers.revoke(client, absenceId);
	}

	/**
	 * The therapist withdrew the absence: every grant for it ends, each in its client's
	 * access log. Answers how many ended. The absences module calls this after checking
	 * that the absence is the therapist's.
	 */
	@Transactional
	public int revokeCoverForAbsence(UUID absenceId) {
		return this.covers.revokeAll(absenceId);
	}

	/** The client's own grant for the absence, unless they revoked it. */
	@Transactional(readOnly = true)
	public Optional<CoverGrant> coverGrant(CurrentUser client, UUID absenceId) {
		return this.covers.of(client, absenceId);
	}

	/**
	 * The grants in force now for this cover, ending soonest first. Needs the second
	 * factor, as everything does that names a client to a therapist.
	 */
	@Transactional(readOnly = true)
	public List<CoverGrant> coverGrants(CurrentUser cover) {
		cover.requireTherapist();
		this.accounts.requireSecondFactor(cover);
		return this.covers.inForceFor(cover);
	}

	/**
	 * The client, if their grant for this cover is in force at this moment; 404 otherwise
	 * (before the absence begins, after it ends, when revoked, for another colleague, for
	 * anyone but a therapist), 403 without a second factor, as for
	 * {@link #requireLinkedClient}. Every module calls this before reading a client's
	 * data for their cover.
	 */
	@Transactional(readOnly = true)
	public CoveredClient requireCoveredClient(CurrentUser cover, UUID clientId) {
		if (!cover.isTherapist()) {
			throw new NotFoundException();
		}
		this.accounts.requireSecondFactor(cover);
		return this.covers.require(cover, clientId);
	}

	public record InvitationRequest(@Email @Size(max = 254) String email) {
	}

	/**
	 * Serializable: the invitation page hands it to the next request as a flash attribute
	 * (kept in the session).
	 */
	public record NewInvitation(String code, Instant expiresAt, String link) implements java.io.Serializable {

		NewInvitation withLink(String link) {
			return new NewInvitation(this.code, this.expiresAt, link);
		}

	}

	/**
	 * An open client invitation as its therapist sees it (the code itself is not kept).
	 */
	public record OpenInvitation(UUID id, String email, Instant createdAt, Instant expiresAt) {
	}

	/**
	 * Who invited the client, until when the code works, and the terms they agree to by
	 * linking ({@code terms} null when the therapist has none).
	 */
	public record InvitationPreview(TherapistRef therapist, Instant expiresAt, LinkTerms.Shown terms) {
	}

	public record ColleagueRequest(@NotBlank @Email @Size(max = 254) String email) {
	}

	public record ColleagueView(UUID id, String displayName, String email, Instant since) {
	}

}
