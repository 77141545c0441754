package org.between.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code PUT /api/v1/me/email} and the form on {@code /account}: the new address and the
 * password that proves it is the person.
 */
record EmailForm(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 1000) String password) {

	@Override
	public String toString() {
		return "EmailForm[hidden]";
	}

}
