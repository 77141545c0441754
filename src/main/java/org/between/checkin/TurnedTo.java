package org.between.checkin;

/**
 * Who or what a client turned to first in a hard moment ({@code firstTurnedTo}), and whom
 * they reached out to ({@code REACHED_OUT} actions, which take only the
 * {@linkplain #isSomeone() people and lines}). {@code SELF} means "myself / a coping
 * skill".
 */
public enum TurnedTo {

	SELF, PARTNER, FRIEND, FAMILY, SUPPORT_GROUP, THERAPIST, CRISIS_LINE, NOBODY;

	/**
	 * Whether this is someone else one can reach out to: everyone but {@code SELF} and
	 * {@code NOBODY}. These are also the "people" of the insights' concentration index.
	 */
	public boolean isSomeone() {
		return this != SELF && this != NOBODY;
	}

}
