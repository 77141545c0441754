package org.between.checkin;

/**
 * The urges a check-in asks about, each rated 0 (none) to 5 (very strong). The first two
 * are the ones {@link RiskRules} watches.
 */
public enum Urge {

	SELF_HARM("urge_self_harm"), SUICIDAL_THOUGHTS("urge_suicidal_thoughts"), BINGE_PURGE("urge_binge_purge"),
	SUBSTANCES("urge_substances"), QUIT_THERAPY("urge_quit_therapy"), CONTACT_THERAPIST("urge_contact_therapist");

	/** The strongest rating of an urge. */
	public static final int MAX = 5;

	private final String column;

	Urge(String column) {
		this.column = column;
	}

	/**
	 * Suicidal thoughts and self-harm: the urges whose ratings and acts are a risk in
	 * themselves ({@link RiskRules}), and which a therapist sees only with the client's
	 * risk flags.
	 */
	public boolean isRisk() {
		return this == SELF_HARM || this == SUICIDAL_THOUGHTS;
	}

	/** Its column in {@code checkin_entry}. */
	String column() {
		return this.column;
	}

}
