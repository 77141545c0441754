package org.between.messages;

/** Who wrote one message of a thread. */
public enum Author {

	CLIENT, THERAPIST

}
