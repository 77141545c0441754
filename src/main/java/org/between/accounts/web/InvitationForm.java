package org.between.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** A therapist's invitation, with the client's address if they want it e-mailed. */
record InvitationForm(@Email @Size(max = 254) String email) {
}
