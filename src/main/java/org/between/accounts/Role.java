package org.between.accounts;

/** What a person is in Between. */
public enum Role {

	CLIENT, THERAPIST

}
