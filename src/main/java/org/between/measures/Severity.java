package org.between.measures;

/**
 * The published severity bands of PHQ-9 and GAD-7 (GAD-7 has no
 * {@code MODERATELY_SEVERE}). Names of ranges, not diagnoses.
 */
public enum Severity {

	MINIMAL, MILD, MODERATE, MODERATELY_SEVERE, SEVERE

}
