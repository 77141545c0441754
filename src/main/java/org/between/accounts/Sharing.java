package org.between.accounts;

import java.time.Clock;
import java.util.UUID;
import java.util.stream.Collectors;

import org.between.accounts.SharingChoice.Category;
import org.between.shared.ConflictException;
import org.between.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "What my therapist sees": the client's choice, per category, kept with their link. The
 * client reads and changes it ({@link #mine}, {@link #change}); every module that shows a
 * therapist something of one of these categories asks {@link #requireShared} (or
 * {@link #of}) first, as it asks {@link ClientLinks#requireLinkedClient}. A category that
 * is not shared is a 404 for an endpoint of its own, or a section that says it is not
 * shared.
 */
@Service
public class Sharing {

	private final LinkRepository links;

	private final ClientLinks clientLinks;

	private final AuditLog audit;

	private final Clock clock;

	Sharing(LinkRepository links, ClientLinks clientLinks, AuditLog audit, Clock clock) {
		this.links = links;
		this.clientLinks = clientLinks;
		this.audit = audit;
		this.clock = clock;
	}

	/** The client's current choice; nothing shared while they are not linked. */
	@Transactional(readOnly = true)
	public SharingChoice mine(CurrentUser client) {
		client.requireClient();
		return this.links.findByActiveClientId(client.id()).map(Link::sharing).orElse(SharingChoice.NOTHING);
	}

	/** Whether the client has a therapist to share with. */
	@Transactional(readOnly = true)
	public boolean linked(CurrentUser client) {
		return client.isClient() && this.links.findByActiveClientId(client.id()).isPresent();
	}

	/**
	 * The client changes what their therapist sees; the change is audited. 409 without a
	 * therapist (there is nobody to share with).
	 */
	@Transactional
	public SharingChoice change(CurrentUser client, SharingChoice choice) {
		client.requireClient();
		Link link = this.links.findByActiveClientId(client.id())
			.orElseThrow(() -> new ConflictException("sharing.notLinked"));
		if (link.sharing().equals(choice)) {
			return choice;
		}
		this.links.save(link.withSharing(choice, this.clock.instant()));
		recordChange(client.id(), choice);
		return choice;
	}

	/** One category changed, the others kept (the insights page's switch). */
	@Transactional
	public SharingChoice change(CurrentUser client, Category category, boolean shared) {
		return change(client, mine(client).with(category, shared));
	}

	/**
	 * What a linked client lets this therapist see; 404 unless the therapist is linked
	 * with them (as {@link ClientLinks#requireLinkedClient}).
	 */
	@Transactional(readOnly = true)
	public SharingChoice of(CurrentUser therapist, UUID clientId) {
		LinkedClient client = this.clientLinks.requireLinkedClient(therapist, clientId);
		return this.links.findByActiveClientId(client.id()).map(Link::sharing).orElseThrow(NotFoundException::new);
	}

	/**
	 * The client, when the therapist is linked with them and the client shares the
	 * category; 404 otherwise, so that an endpoint of that category looks as if there
	 * were nothing.
	 */
	@Transactional(readOnly = true)
	public LinkedClient requireShared(CurrentUser therapist, UUID clientId, Category category) {
		LinkedClient client = this.clientLinks.requireLinkedClient(therapist, clientId);
		boolean shared = this.links.findByActiveClientId(client.id())
			.map((link) -> link.sharing().allows(category))
			.orElse(false);
		if (!shared) {
			throw new NotFoundException();
		}
		return client;
	}

	/**
	 * What the client lets the therapist of this checked link see (for a facade that
	 * already holds the {@link LinkedClient}); 404 when the link ended since.
	 */
	@Transactional(readOnly = true)
	public SharingChoice of(LinkedClient client) {
		return this.links.findByActiveClientId(client.id())
			.filter((link) -> link.therapistId().equals(client.therapistId()))
			.map(Link::sharing)
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * Nothing, when the client of this checked link shares at least one of the
	 * categories; 404 otherwise, as {@link #requireShared(CurrentUser, UUID, Category)}.
	 * A facade that reads one category's data for a therapist asks this first.
	 */
	@Transactional(readOnly = true)
	public void requireShared(LinkedClient client, Category... anyOf) {
		SharingChoice choice = of(client);
		for (Category category : anyOf) {
			if (choice.allows(category)) {
				return;
			}
		}
		throw new NotFoundException();
	}

	void recordChange(UUID clientId, SharingChoice choice) {
		this.audit.record(clientId, AccountsAudit.SHARING_CHANGED, clientId, "SHARING", code(choice));
	}

	/** {@code CHECKINS,RISK_FLAGS} or {@code NONE}: what is shared from now on. */
	static String code(SharingChoice choice) {
		return choice.any() ? choice.shared().stream().map(Enum::name).collect(Collectors.joining(",")) : "NONE";
	}

}
