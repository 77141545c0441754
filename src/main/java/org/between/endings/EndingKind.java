package org.between.endings;

/**
 * API.md "endings": agreed with notice, or forced by the therapist's circumstances
 * ({@link UnplannedReason}).
 */
public enum EndingKind {

	PLANNED, UNPLANNED

}
