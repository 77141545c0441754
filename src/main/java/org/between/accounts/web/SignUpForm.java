package org.between.accounts.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.between.accounts.Accounts.NewAccount;
import org.between.accounts.Role;
import org.between.shared.Countries;

/**
 * The sign-up form; the password is never sent back to the page. The country starts as
 * the default time zone's country (the page's script follows the browser's zone).
 * {@code adult}: the person confirms they are 18 or over (Between is for adults, see
 * /about); the page asks, the API does not (API.md: nothing new is required of API
 * clients), so it stays here.
 */
record SignUpForm(@NotBlank @Email @Size(max = 254) String email, @NotNull @Size(min = 12, max = 1000) String password,
		@NotBlank @Size(max = 100) String displayName, @NotNull Role role, @NotBlank @Size(max = 64) String timeZone,
		@Size(max = 2) String country, @NotNull @AssertTrue Boolean adult) {

	static final String DEFAULT_ZONE = "Europe/London";

	static SignUpForm empty() {
		return new SignUpForm("", "", "", Role.CLIENT, DEFAULT_ZONE, Countries.ofZone(DEFAULT_ZONE).orElse(""), null);
	}

	NewAccount toNewAccount(String locale) {
		return new NewAccount(this.email, this.password, this.displayName, this.role, this.timeZone, locale,
				this.country);
	}

	@Override
	public String toString() {
		return "SignUpForm[role=" + this.role + "]";
	}

}
