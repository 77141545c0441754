package org.between.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code PUT /api/v1/me/password} and the form on {@code /account}: the current password
 * proves it is the person, not a session left open.
 */
record PasswordForm(@NotBlank @Size(max = 1000) String currentPassword,
		@NotBlank @Size(max = 1000) String newPassword) {

	@Override
	public String toString() {
		return "PasswordForm[hidden]";
	}

}
