package org.between.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.between.accounts.SharingChoice;

/**
 * A client typing the invitation code their therapist gave them, and ticking what the
 * therapist may see (nothing unless ticked); {@code policyVersion} is the version of the
 * therapist's policy the consent step showed, acknowledged by accepting.
 */
record AcceptForm(@NotBlank @Size(max = 40) String code, Boolean checkins, Boolean riskFlags, Boolean measures,
		Boolean skills, Boolean insights, Integer policyVersion) {

	AcceptForm(String code) {
		this(code, null, null, null, null, null, null);
	}

	SharingChoice choice() {
		return new SharingForm(this.checkins, this.riskFlags, this.measures, this.skills, this.insights).toChoice();
	}

}
