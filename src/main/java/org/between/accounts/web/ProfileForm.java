package org.between.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.between.accounts.Accounts.ProfileChange;

record ProfileForm(@NotBlank @Size(max = 100) String displayName, @NotBlank @Size(max = 64) String timeZone,
		@Size(max = 35) String locale, @Size(max = 2) String country) {

	ProfileChange toChange() {
		return new ProfileChange(this.displayName, this.timeZone, this.locale, this.country);
	}

}
