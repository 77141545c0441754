package org.between.accounts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A client whose therapist is away, as the covering colleague may see them, established
 * by {@link ClientLinks#requireCoveredClient}: the client's grant for this cover is in
 * force now (the client chose it, the absence has begun and not ended), the cover is
 * still named by the client's therapist, and the cover has their second factor. Like
 * {@link LinkedClient}, only this package can make one, so a facade method that takes a
 * {@code CoveredClient} cannot be called for a client whose cover was not checked.
 */
public final class CoveredClient {

	private final UUID id;

	private final String displayName;

	private final UUID coverId;

	private final UUID absenceId;

	private final Instant until;

	CoveredClient(UUID id, String displayName, UUID coverId, UUID absenceId, Instant until) {
		this.id = Objects.requireNonNull(id);
		this.displayName = displayName;
		this.coverId = Objects.requireNonNull(coverId);
		this.absenceId = Objects.requireNonNull(absenceId);
		this.until = Objects.requireNonNull(until);
	}

	/** The client's id. */
	public UUID id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	/** The covering therapist whose access was checked. */
	public UUID coverId() {
		return this.coverId;
	}

	/** The absence the grant belongs to. */
	public UUID absenceId() {
		return this.absenceId;
	}

	/** When the grant ends (exclusive): the end of the absence. */
	public Instant until() {
		return this.until;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CoveredClient that && this.id.equals(that.id) && this.coverId.equals(that.coverId)
				&& this.absenceId.equals(that.absenceId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.id, this.coverId, this.absenceId);
	}

	@Override
	public String toString() {
		return "CoveredClient[" + this.id + " covered by " + this.coverId + " for " + this.absenceId + "]";
	}

}
