package org.between.safety;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Someone on the safety plan: a person to ask or a professional, with a number to call.
 */
public record Contact(@NotBlank @Size(max = 100) String name,
		@Size(max = 40) @Pattern(regexp = "[0-9+()\\-./ ]*", message = "{safety.phone.format}") String phone) {

	/** A {@code tel:} link with only the digits, or null when there is no number. */
	@JsonIgnore
	public String phoneHref() {
		if (this.phone == null || this.phone.isBlank()) {
			return null;
		}
		return "tel:" + this.phone.replaceAll("[^0-9+]", "");
	}

	/** An {@code sms:} link to text this person, or null when there is no number. */
	@JsonIgnore
	public String textHref() {
		String tel = phoneHref();
		return (tel == null) ? null : "sms:" + tel.substring("tel:".length());
	}

	/** Name and number on one line, as a change to the plan is shown. */
	String line() {
		return (this.phone == null || this.phone.isBlank()) ? this.name : this.name + ", " + this.phone;
	}

}
