package org.between.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * A therapist's invitation, with the client's address if they want it e-mailed.
 * Serializable: after an error it goes to the next request as a flash attribute, kept in
 * the session.
 */
record InvitationForm(@Email @Size(max = 254) String email) implements java.io.Serializable {
}
