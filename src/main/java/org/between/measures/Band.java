package org.between.measures;

/** A published score range of an instrument, both ends included. */
public record Band(int from, int to, Severity severity) {

	boolean contains(int score) {
		return score >= this.from && score <= this.to;
	}

}
