package org.between.contact;

/**
 * Where an agreement stands. A proposal is {@code PROPOSED} until the client accepts it
 * ({@code ACCEPTED}: the agreement in force, the one before it becomes
 * {@code SUPERSEDED}) or asks to talk about it ({@code DISCUSS}: still open, on the next
 * session's agenda, and may be accepted later). A proposal the therapist replaces with a
 * newer one before it was accepted is {@code REPLACED}. Nothing is ever deleted: every
 * agreement stays in the history of both.
 */
public enum AgreementStatus {

	PROPOSED, DISCUSS, ACCEPTED, SUPERSEDED, REPLACED;

	/** Whether the client can still answer it. */
	public boolean open() {
		return this == PROPOSED || this == DISCUSS;
	}

}
