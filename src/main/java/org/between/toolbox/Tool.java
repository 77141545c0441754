package org.between.toolbox;

/**
 * Something a skill's page offers beside its steps: the breathing pacer, the meditation
 * timer, or the people of the safety plan to reach out to.
 */
public enum Tool {

	PACER, TIMER, REACH_OUT

}
