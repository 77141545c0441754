package org.between.policy;

/** Whether a client who cancels is offered a make-up session. */
public enum MakeUpRule {

	/** No make-up sessions. */
	NONE,

	/** A make-up session when the therapist has a free slot. */
	WHEN_AVAILABLE,

	/** Always a make-up session. */
	ALWAYS

}
