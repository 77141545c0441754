package org.between.sessions;

/** API.md "sessions and frame". */
public enum SessionStatus {

	SCHEDULED, HELD, CANCELLED_BY_CLIENT, CANCELLED_BY_THERAPIST, NO_SHOW;

	public boolean isCancelled() {
		return this == CANCELLED_BY_CLIENT || this == CANCELLED_BY_THERAPIST;
	}

}
