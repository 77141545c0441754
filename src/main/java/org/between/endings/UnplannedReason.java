package org.between.endings;

/**
 * Why an unplanned ending comes sooner than the notice: the client is told this plainly,
 * so that they do not take it as being about them.
 */
public enum UnplannedReason {

	/** The therapist moves away or takes another job. */
	MOVING,

	/** The therapist is ill. */
	ILLNESS,

	/** The therapist closes the practice. */
	PRACTICE_CLOSING

}
