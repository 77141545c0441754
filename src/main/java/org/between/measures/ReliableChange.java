package org.between.measures;

/**
 * Whether a score moved reliably since the previous response, and which way. Lower PHQ-9
 * and GAD-7 scores mean fewer of the problems asked about; the names stay neutral on
 * purpose.
 */
public enum ReliableChange {

	/** No previous response, or a change smaller than the threshold. */
	NONE,
	/** Reliably lower than the previous score. */
	LOWER,
	/** Reliably higher than the previous score. */
	HIGHER

}
