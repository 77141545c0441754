package org.between.accounts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A client and the therapist they are linked to, as established by
 * {@link ClientLinks#requireLinkedClient}: the link is active and the therapist has their
 * second factor. Only this package can make one, so a facade method that takes a
 * {@code LinkedClient} cannot be called for a client whose access was not checked.
 */
public final class LinkedClient {

	private final UUID id;

	private final String displayName;

	private final Instant since;

	private final UUID therapistId;

	LinkedClient(UUID id, String displayName, Instant since, UUID therapistId) {
		this.id = Objects.requireNonNull(id);
		this.displayName = displayName;
		this.since = since;
		this.therapistId = Objects.requireNonNull(therapistId);
	}

	/** The client's id. */
	public UUID id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	/** When the link began. */
	public Instant since() {
		return this.since;
	}

	/** The therapist whose access was checked. */
	public UUID therapistId() {
		return this.therapistId;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof LinkedClient that && this.id.equals(that.id)
				&& this.therapistId.equals(that.therapistId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.id, this.therapistId);
	}

	@Override
	public String toString() {
		return "LinkedClient[" + this.id + " of " + this.therapistId + "]";
	}

}
